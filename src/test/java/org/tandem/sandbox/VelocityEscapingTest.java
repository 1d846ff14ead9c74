package org.tandem.sandbox;

import org.junit.Test;

import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The sandbox escapes the way Confluence escapes #htmlSafe() templates, and refuses templates without it. */
public class VelocityEscapingTest {

    private final SandboxVelocity velocity = new SandboxVelocity();

    @Test
    public void renderTemplate_shouldEscapeUserData() {
        String html = velocity.renderTemplate("sandbox/testplugin/programme.vm",
                Map.of("space", "MENTOR", "viewer", "Eve", "note", "<script>alert(1)</script>",
                        "i18n", new PropertiesText(getClass().getClassLoader(), java.util.List.of(
                                "sandbox/testplugin/test"))));
        assertTrue(html, html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html, html.contains("<script>"));
    }

    @Test
    public void renderTemplate_shouldFail_whenTheTemplateDoesNotDeclareHtmlSafe() {
        try {
            velocity.renderTemplate("sandbox/testplugin/unsafe.vm", Map.of("note", "x"));
            fail("rendered a template without #htmlSafe()");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("#htmlSafe()"));
            assertTrue(e.getMessage(), e.getMessage().contains("unsafe.vm"));
        }
    }

    @Test
    public void renderFragment_shouldLeaveReferencesNamedHtmlAlone() {
        String out = velocity.renderFragment("#htmlSafe()$a|$bodyHtml|$x.nameHtml|$!{b}",
                Map.of("a", "<b>", "bodyHtml", "<i>ok</i>", "x", Map.of("nameHtml", "<u>"), "b", "\"q\""));
        assertEquals("&lt;b&gt;|<i>ok</i>|<u>|&quot;q&quot;", out);
    }

    @Test
    public void renderFragment_shouldNotEscape_withoutHtmlSafe() {
        assertEquals("<b>", velocity.renderFragment("$a", Map.of("a", "<b>")));
    }

    @Test
    public void pluginTemplates_shouldAllDeclareHtmlSafe() throws Exception {
        java.nio.file.Path templates = SandboxTestSupport.basedir().resolve("src/main/resources");
        if (!java.nio.file.Files.isDirectory(templates)) {
            return;
        }
        int checked = 0;
        try (var files = java.nio.file.Files.walk(templates)) {
            for (java.nio.file.Path vm : files.filter(p -> p.toString().endsWith(".vm")).toList()) {
                String name = templates.relativize(vm).toString().replace('\\', '/');
                String firstLine = java.nio.file.Files.readAllLines(vm).stream()
                        .filter(line -> !line.isBlank()).findFirst().orElse("").trim();
                assertEquals(name + " starts with #htmlSafe()", "#htmlSafe()", firstLine);
                velocity.renderTemplate(name, Map.of()); // the renderer refuses a template without it
                checked++;
            }
        }
        assertTrue("templates checked: " + checked, checked > 0);
    }
}
