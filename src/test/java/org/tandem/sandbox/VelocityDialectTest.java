package org.tandem.sandbox;

import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The sandbox renders with Apache Velocity 2.3; Confluence renders with its own fork of Velocity 1.x. Plugin
 * templates keep to what both understand, so they cannot pass here and break there.
 */
public class VelocityDialectTest {

    private static final Map<String, Pattern> NOT_IN_1_6 = new LinkedHashMap<>();

    static {
        NOT_IN_1_6.put("$foreach (the loop scope came with Velocity 1.7)", Pattern.compile("\\$!?\\{?foreach\\b"));
        NOT_IN_1_6.put("$velocityCount/$velocityHasNext (gone in Velocity 2.0)",
                Pattern.compile("\\$!?\\{?velocity(Count|HasNext)\\b"));
        NOT_IN_1_6.put("#break", Pattern.compile("#\\{?break\\b"));
        NOT_IN_1_6.put("#@ block macro call (Velocity 1.7)", Pattern.compile("#@"));
        NOT_IN_1_6.put("${ref|'alternate'} (Velocity 2.0)", Pattern.compile("\\$!?\\{[^}]*\\|"));
        NOT_IN_1_6.put("$list[index] (Velocity 1.7)", Pattern.compile("\\$!?\\{?[A-Za-z][\\w.]*\\["));
    }

    static List<String> problems(String name, String text) {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("##.*$", "");
            for (Map.Entry<String, Pattern> rule : NOT_IN_1_6.entrySet()) {
                Matcher m = rule.getValue().matcher(line);
                if (m.find()) {
                    problems.add(name + ":" + (i + 1) + ": " + rule.getKey());
                }
            }
        }
        return problems;
    }

    @Test
    public void pluginTemplates_shouldUseOnlyWhatVelocity16Understands() throws Exception {
        Path root = SandboxTestSupport.basedir().resolve("src/main/resources");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (var files = Files.walk(root)) {
            for (Path vm : files.filter(p -> p.toString().endsWith(".vm")).toList()) {
                problems.addAll(problems(root.relativize(vm).toString(), Files.readString(vm)));
                checked++;
            }
        }
        assertTrue("templates checked: " + checked, checked > 0);
        assertEquals(List.of(), problems);
    }

    @Test
    public void problems_shouldNameEachConstructVelocity16Lacks() {
        assertEquals(1, problems("a.vm", "#foreach ($x in $xs)#if ($foreach.index > 0),#end$x#end").size());
        assertEquals(1, problems("a.vm", "$foreach.hasNext").size());
        assertEquals(1, problems("a.vm", "${foreach.count}").size());
        assertEquals(1, problems("a.vm", "$velocityCount").size());
        assertEquals(1, problems("a.vm", "#if ($x) #break #end").size());
        assertEquals(1, problems("a.vm", "#@card() body #end").size());
        assertEquals(1, problems("a.vm", "${name|'nobody'}").size());
        assertEquals(1, problems("a.vm", "$items[0]").size());
        assertEquals(List.of(), problems("a.vm", "#foreach ($x in $xs)$x#end ## $foreach is not used"));
        assertEquals(List.of(), problems("a.vm", "$i18n.getText('a.b') ${view.name} #set ($s = \", \")"));
    }
}
