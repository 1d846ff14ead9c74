package org.tandem.mentoring.packaging;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The host runs a text through MessageFormat only when it is given arguments. A text without placeholders is shown
 * as written, so an apostrophe is written once ("programme's"); a text with placeholders is formatted, so an
 * apostrophe is written twice ("programme''s"), or MessageFormat swallows it.
 */
public class ApostrophesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    public void everyText_shouldWriteItsApostrophesForHowItIsFormatted() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> found = Files.list(Path.of("src/main/resources/i18n"))) {
            files = found.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
        }
        for (Path file : files) {
            Properties texts = new Properties();
            try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            for (String key : new java.util.TreeSet<>(texts.stringPropertyNames())) {
                String text = texts.getProperty(key);
                boolean formatted = PLACEHOLDER.matcher(text).find();
                if (!formatted && text.contains("''") || formatted && LONE_APOSTROPHE.matcher(text).find()) {
                    wrong.add(file.getFileName() + ": " + key + "=" + text);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(6, files.size());
    }
}
