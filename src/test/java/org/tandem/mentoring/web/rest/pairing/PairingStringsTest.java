package org.tandem.mentoring.web.rest.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.EnglishExplanations;
import org.tandem.mentoring.domain.matching.HardRule;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.PairingWarning;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.service.pairing.PairingAction;

/** Every text the pairing screens and API name by key has its English text, and every text is a valid pattern. */
public class PairingStringsTest {

    private static final Properties STRINGS = new Properties();
    private static final Pattern LITERAL = Pattern.compile("\"(tandem\\.pairing\\.[A-Za-z.\\-]+[A-Za-z])\"");
    private static final Pattern PREFIXED = Pattern.compile("(FIELD|FORBIDDEN|PREFIX) \\+ \"([A-Za-z.\\-]+)\"");

    @BeforeClass
    public static void load() throws IOException {
        for (String file : new String[] {"/i18n/tandem.properties", "/i18n/tandem-pairing.properties"}) {
            try (InputStream in = PairingStringsTest.class.getResourceAsStream(file)) {
                STRINGS.load(in);
            }
        }
    }

    @Test
    public void enumValues_shouldHaveTexts() {
        List<String> missing = new ArrayList<>();
        missing.addAll(missing("tandem.pairing.state.", PairingState.values()));
        missing.addAll(missing("tandem.pairing.consent.", Consent.values()));
        missing.addAll(missing("tandem.pairing.party.", Party.values()));
        missing.addAll(missing("tandem.pairing.event.", PairingEventType.values()));
        missing.addAll(missing("tandem.pairing.action.", PairingAction.values()));
        missing.addAll(missing("tandem.pairing.warning.", PairingWarning.values()));
        missing.addAll(missing("tandem.pairing.error.hard.", HardRule.values()));
        assertEquals(List.of(), missing);
    }

    @Test
    public void keysInTheCode_shouldHaveTexts() throws IOException {
        TreeSet<String> used = new TreeSet<>();
        for (String dir : List.of("src/main/java/org/tandem/mentoring/service/pairing",
                "src/main/java/org/tandem/mentoring/web/rest/pairing")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path file : files.toList()) {
                    String source = Files.readString(file);
                    Matcher literal = LITERAL.matcher(source);
                    while (literal.find()) {
                        if (!literal.group(1).endsWith(".")) {
                            used.add(literal.group(1));
                        }
                    }
                    Matcher prefixed = PREFIXED.matcher(source);
                    while (prefixed.find()) {
                        String prefix = prefixed.group(1).equals("FORBIDDEN") ? "tandem.pairing.error.forbidden."
                                : "tandem.pairing.error.";
                        used.add(prefix + prefixed.group(2));
                    }
                }
            }
        }
        Matcher reader = Pattern.compile("prefix \\+ \"([a-z.]+)\"")
                .matcher(Files.readString(Path.of("src/main/java/org/tandem/mentoring/web/rest/JsonBody.java")));
        while (reader.find()) {
            used.add("tandem.pairing.error." + reader.group(1));
        }
        used.removeIf(key -> key.endsWith(".") || key.equals("tandem.pairing.error.forbidden")
                || key.equals("tandem.pairing.warning"));
        assertTrue("found too few keys: " + used, used.size() > 25);
        List<String> missing = used.stream().filter(key -> !STRINGS.containsKey(key)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    public void explanations_shouldReadAsTheEnginesEnglish() {
        List<String> different = new ArrayList<>();
        EnglishExplanations.patterns().forEach((key, pattern) -> {
            if (!pattern.equals(STRINGS.getProperty(key))) {
                different.add(key);
            }
        });
        assertEquals(List.of(), different);
    }

    @Test
    public void everyText_shouldBeAValidMessagePattern() {
        for (String key : STRINGS.stringPropertyNames()) {
            new MessageFormat(STRINGS.getProperty(key), Locale.ENGLISH); // throws on a broken pattern
        }
    }

    private static List<String> missing(String prefix, Enum<?>[] values) {
        List<String> missing = new ArrayList<>();
        for (Enum<?> value : values) {
            if (!STRINGS.containsKey(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
        return missing;
    }
}
