package org.tandem.mentoring.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Every i18n file of the plugin in every language Tandem ships: the same keys as the English file beside it (none
 * missing, none extra), the same message arguments, the apostrophe rule of {@link ApostrophesTest}, and ASCII
 * only (Confluence reads plugin bundles as ISO-8859-1, so anything else is written as a \\u escape).
 */
public class TranslationsTest {

    /** The languages Tandem ships besides English. */
    static final List<String> LANGUAGES = List.of("da", "nl", "de", "fr");
    private static final Path DIR = Path.of("src/main/resources/i18n");
    /** An argument as MessageFormat reads it: its index and, when given, its type ("{1,number", "{0"). */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\s*(?:,\\s*(\\w+))?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    public void everyLanguage_shouldHaveEveryKeyAndNoOther() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path english : englishFiles()) {
            Set<String> keys = load(english).stringPropertyNames();
            for (String language : LANGUAGES) {
                Path translated = translation(english, language);
                if (!Files.exists(translated)) {
                    wrong.add(translated.getFileName() + " is missing");
                    continue;
                }
                Set<String> missing = new TreeSet<>(keys);
                Set<String> extra = new TreeSet<>(load(translated).stringPropertyNames());
                missing.removeAll(extra);
                extra.removeAll(keys);
                if (!missing.isEmpty()) {
                    wrong.add(translated.getFileName() + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    wrong.add(translated.getFileName() + " has keys the English file does not: " + extra);
                }
            }
        }
        assertEquals("translate the keys English has, in every language", List.of(), wrong);
    }

    @Test
    public void everyMessage_shouldTakeTheSameArgumentsInEveryLanguage() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path english : englishFiles()) {
            Properties base = load(english);
            for (String language : LANGUAGES) {
                Path translated = translation(english, language);
                if (!Files.exists(translated)) {
                    continue;
                }
                Properties texts = load(translated);
                for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                    String englishText = base.getProperty(key);
                    if (englishText != null && !arguments(englishText).equals(arguments(texts.getProperty(key)))) {
                        wrong.add(translated.getFileName() + ": " + key + " takes " + arguments(texts.getProperty(key))
                                + ", English " + arguments(englishText));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    public void everyTranslation_shouldWriteApostrophesForHowItIsFormattedAndStayAscii() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path english : englishFiles()) {
            for (String language : LANGUAGES) {
                Path translated = translation(english, language);
                if (!Files.exists(translated)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(translated);
                for (int i = 0; i < bytes.length; i++) {
                    if (bytes[i] < 0) {
                        wrong.add(translated.getFileName() + ": byte " + i + " is not ASCII; write it as \\uXXXX");
                        break;
                    }
                }
                Properties texts = load(translated);
                for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                    String text = texts.getProperty(key);
                    boolean formatted = PLACEHOLDER.matcher(text).find();
                    if (!formatted && text.contains("''") || formatted && LONE_APOSTROPHE.matcher(text).find()) {
                        wrong.add(translated.getFileName() + ": " + key + "=" + text);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    public void arguments_shouldBeReadWithTheirTypes() {
        assertEquals(Set.of("0:choice", "0:number", "1"),
                arguments("{0,choice,1#1 theme|1<{0,number,integer} themes}: {1}"));
        assertTrue(arguments("no arguments").isEmpty());
    }

    static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(2) == null ? m.group(1) : m.group(1) + ":" + m.group(2));
        }
        return found;
    }

    static List<Path> englishFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> english = files.filter(f -> f.getFileName().toString().matches("[a-z-]+\\.properties"))
                    .sorted().toList();
            Set<String> declared = new TreeSet<>();
            Matcher m = Pattern.compile("<resource type=\"i18n\" name=\"[^\"]*\" location=\"i18n/([^\"]+)\"")
                    .matcher(Files.readString(Path.of("atlassian-plugin.xml")));
            while (m.find()) {
                declared.add(m.group(1) + ".properties");
            }
            assertEquals("the English i18n files are the descriptor's i18n resources", declared,
                    new TreeSet<>(english.stream().map(f -> f.getFileName().toString()).toList()));
            return english;
        }
    }

    static Path translation(Path english, String language) {
        return english.resolveSibling(english.getFileName().toString().replace(".properties", "_" + language
                + ".properties"));
    }

    static Properties load(Path file) throws IOException {
        Properties texts = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.ISO_8859_1)) {
            texts.load(in);
        }
        return texts;
    }
}
