package org.tandem.mentoring.web.macro.enrol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.web.PropertiesI18n;

/** Every i18n key the enrolment code names exists in the English strings; the script builds no markup. */
public class EnrolStringsTest {

    private static final List<Path> SOURCES = List.of(
            Path.of("src/main/java/org/tandem/mentoring/service/enrolment"),
            Path.of("src/main/java/org/tandem/mentoring/web/rest/enrolment"),
            Path.of("src/main/java/org/tandem/mentoring/web/macro/enrol"),
            Path.of("src/main/java/org/tandem/mentoring/web/rest/JsonBody.java"));
    /** Full keys, and the suffixes the code appends to {@code tandem.enrol.error.}. */
    private static final Pattern FULL = Pattern.compile("\"(tandem\\.enrol\\.[a-z.-]+[a-z])\"");
    private static final Pattern SUFFIX = Pattern.compile(
            "(?:PREFIX \\+ |prefix \\+ |FORBIDDEN \\+ |error\\(|requiredText\\([A-Z]+, [^,]+, )\"([a-z.-]+)\"");

    private final PropertiesI18n strings = new PropertiesI18n("/i18n/tandem-enrolment.properties");

    @Test
    public void everyKeyInTheCode_shouldExist() throws IOException {
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file, StandardCharsets.UTF_8);
                    Matcher full = FULL.matcher(source);
                    while (full.find()) {
                        found++;
                        if (!strings.has(full.group(1))) {
                            missing.add(full.group(1));
                        }
                    }
                    Matcher suffix = SUFFIX.matcher(source);
                    while (suffix.find()) {
                        found++;
                        String key = suffix.group(0).startsWith("FORBIDDEN")
                                ? "tandem.enrol.error.forbidden." + suffix.group(1)
                                : "tandem.enrol.error." + suffix.group(1);
                        if (!strings.has(key)) {
                            missing.add(key);
                        }
                    }
                }
            }
        }
        assertTrue("too few keys found, the patterns are broken: " + found, found > 40);
        assertEquals(Set.of(), missing);
    }

    @Test
    public void everyStateAndRole_shouldHaveAName() {
        for (ParticipantState state : ParticipantState.values()) {
            assertTrue(state.name(), strings.has("tandem.enrol.state." + key(state)));
        }
        for (ParticipantRole role : ParticipantRole.values()) {
            assertTrue(role.name(), strings.has("tandem.enrol.role." + key(role)));
        }
    }

    @Test
    public void script_shouldNeverBuildMarkupFromText() throws IOException {
        String script = Files.readString(Path.of("src/main/resources/js/enrol.js"), StandardCharsets.UTF_8);

        assertFalse(script.contains("innerHTML"));
        assertFalse(script.contains("outerHTML"));
        assertFalse(script.contains("insertAdjacentHTML"));
        assertFalse(script.contains("document.write"));
        assertFalse(script.contains("eval("));
        // the requests go as JSON through the shared module
        assertTrue(script.contains("T.send('POST'"));
        assertTrue(script.contains("T.send('PUT'"));
        String module = Files.readString(Path.of("src/main/resources/js/tandem-rest.js"), StandardCharsets.UTF_8);
        assertTrue(module.contains("JSON.stringify(body), 'application/json'"));
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
