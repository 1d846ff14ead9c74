package org.tandem.mentoring.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The browser scripts in src/main/resources/js talk to the server only through the shared module tandem-rest.js,
 * ask through AUI dialogs instead of the browser's own, and start with AJS.toInit.
 */
public class ScriptRulesTest {

    private static final Path SCRIPTS = Path.of("src/main/resources/js");
    private static final String MODULE = "tandem-rest.js";
    /** The create-space wizard runs inside Confluence's own dialog and calls no Tandem REST resource. */
    private static final String WIZARD = "blueprint-wizard.js";
    /**
     * Scripts that still reload the page after a change, because the server draws what changed: the enrolment form
     * (the application and its state), the programme administration (phase, next steps, counts), the pairing
     * board's consent and publishing steps (rows, waiting lists and steps per person), a speed-mentoring event
     * added, changed or deleted (its plan by table and each person's rounds) and a peer circle formed or left (the
     * former mentees by theme and the circles).
     */
    private static final Set<String> MAY_RELOAD = Set.of("enrol.js", "programme.js", "pairing.js", "session.js", "learning.js",
            "survey.js", "speed-events.js", "circles.js");

    private static final Pattern FETCH = Pattern.compile("\\bfetch\\s*\\(");
    private static final Pattern REST_BASE = Pattern.compile("function\\s+restBase|restBase\\s*=|['\"]/rest/tandem");
    private static final Pattern NATIVE_DIALOG = Pattern.compile("\\b(window\\.)?(prompt|confirm|alert)\\s*\\(");
    private static final Pattern RELOAD = Pattern.compile("location\\.reload");
    private static final Pattern MARKUP = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write"
            + "|\\.html\\(|\\beval\\(|new Function");

    @Test
    public void onlyTheModule_shouldCallTheServer() throws IOException {
        Map<String, String> scripts = scripts();
        assertTrue(scripts.toString(), scripts.keySet().containsAll(List.of(MODULE, "enrol.js", "approvals.js",
                "programme.js", "pairing.js", "admin.js")));
        List<String> found = new ArrayList<>();
        scripts.forEach((name, text) -> {
            if (!name.equals(MODULE) && FETCH.matcher(text).find()) {
                found.add(name + " calls fetch(");
            }
            if (!name.equals(MODULE) && REST_BASE.matcher(text).find()) {
                found.add(name + " has its own REST base");
            }
        });
        assertEquals(List.of(), found);
        assertTrue(FETCH.matcher(scripts.get(MODULE)).find());
    }

    @Test
    public void everyTandemScript_shouldUseTheModuleAndStartWithToInit() throws IOException {
        List<String> found = new ArrayList<>();
        scripts().forEach((name, text) -> {
            if (name.equals(MODULE) || name.equals(WIZARD)) {
                return;
            }
            if (!text.contains("window.Tandem")) {
                found.add(name + " does not use window.Tandem");
            }
            if (!text.contains("T.ready(")) {
                found.add(name + " does not start with Tandem.ready (AJS.toInit)");
            }
            if (text.contains("DOMContentLoaded")) {
                found.add(name + " waits for DOMContentLoaded itself");
            }
        });
        assertEquals(List.of(), found);
        assertTrue(scripts().get(MODULE).contains("AJS.toInit("));
    }

    @Test
    public void noScript_shouldUseTheBrowsersOwnDialogs() throws IOException {
        List<String> found = new ArrayList<>();
        scripts().forEach((name, text) -> {
            var m = NATIVE_DIALOG.matcher(text);
            while (m.find()) {
                found.add(name + ": " + m.group());
            }
        });
        assertEquals(List.of(), found);
    }

    @Test
    public void onlyTheListedScripts_shouldReloadThePage() throws IOException {
        List<String> found = new ArrayList<>();
        scripts().forEach((name, text) -> {
            if (!MAY_RELOAD.contains(name) && RELOAD.matcher(text).find()) {
                found.add(name);
            }
        });
        assertEquals(List.of(), found);
    }

    @Test
    public void noScript_shouldBuildMarkupFromText() throws IOException {
        List<String> found = new ArrayList<>();
        scripts().forEach((name, text) -> {
            var m = MARKUP.matcher(text);
            while (m.find()) {
                found.add(name + ": " + m.group());
            }
        });
        assertEquals(List.of(), found);
    }

    private static Map<String, String> scripts() throws IOException {
        Map<String, String> scripts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
                scripts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return scripts;
    }
}
