package org.tandem.mentoring.web.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** Every message key the programme administration code and template name has an English text. */
public class ProgrammeAdministrationStringsTest {

    private static final Path MAIN = Path.of("src/main");
    private static final String PREFIX = "tandem.programme.admin.error.";
    private static final List<String> SOURCES = List.of(
            "java/org/tandem/mentoring/service/programme/ProgrammeAdministration.java",
            "java/org/tandem/mentoring/service/programme/ProgrammeRefusals.java",
            "java/org/tandem/mentoring/web/rest/ProgrammeResource.java",
            "resources/templates/programme-overview.vm");

    @Test
    public void everyKey_shouldHaveAnEnglishText() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/tandem.properties")) {
            texts.load(in);
        }
        TreeSet<String> keys = new TreeSet<>();
        Pattern full = Pattern.compile("[\"'](tandem\\.programme\\.[a-z.-]+[a-z])[\"']");
        Pattern prefixed = Pattern.compile("PREFIX \\+ \"([a-z.-]+)\"");
        for (String source : SOURCES) {
            String text = Files.readString(MAIN.resolve(source));
            Matcher m = full.matcher(text);
            while (m.find()) {
                keys.add(m.group(1));
            }
            m = prefixed.matcher(text);
            while (m.find()) {
                keys.add(PREFIX + m.group(1));
            }
        }
        assertTrue("found the keys: " + keys, keys.size() > 30);
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!texts.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing);
    }
}
