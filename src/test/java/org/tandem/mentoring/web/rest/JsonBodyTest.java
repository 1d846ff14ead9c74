package org.tandem.mentoring.web.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;

public class JsonBodyTest {

    private static final String PREFIX = "tandem.pairing.error.";

    @Test
    public void read_shouldRefuseEveryBodyThatIsNotOneJsonObject() {
        List<String> bodies = List.of("", "   ", "null", "[]", "[{\"version\":1}]", "\"text\"", "12", "{\"version\":",
                "{\"a\":1}{\"b\":2}", "{'a':1}", "[".repeat(1000) + "]".repeat(1000),
                "{\"a\":".repeat(1000) + "1" + "}".repeat(1000));
        for (String body : bodies) {
            Refusal.Invalid refusal = assertThrows(body, Refusal.Invalid.class, () -> JsonBody.read(body, PREFIX));
            assertEquals(JsonBody.MALFORMED, refusal.messageKey());
            assertEquals(Map.of(), refusal.fieldErrors());
        }
        assertThrows(Refusal.Invalid.class, () -> JsonBody.read(null, PREFIX));
    }

    @Test
    public void read_shouldAcceptNestingUpToTheLimit() {
        String nested = "{\"a\":".repeat(JsonBody.MAX_DEPTH - 1) + "1" + "}".repeat(JsonBody.MAX_DEPTH - 1);

        JsonBody.read(nested, PREFIX).requireValid();
    }

    @Test
    public void fields_shouldReadWellTypedValues() {
        JsonBody body = JsonBody.read("{\"version\":\"7\",\"text\":\"hi\",\"number\":3,\"flag\":true,"
                + "\"date\":\"2027-01-04\",\"numbers\":[1,\"2\"],\"texts\":[\"a\"],\"phase\":\"enrolment-open\","
                + "\"cadence\":\" \",\"first\":{\"id\":3,\"version\":4},\"nothing\":null}", PREFIX);

        assertEquals(7, body.version());
        assertEquals("hi", body.text("text"));
        assertEquals(Integer.valueOf(3), body.integer("number"));
        assertEquals(Boolean.TRUE, body.flag("flag"));
        assertEquals(LocalDate.of(2027, 1, 4), body.date("date"));
        assertEquals(List.of(1, 2), body.integers("numbers"));
        assertEquals(List.of("a"), body.texts("texts"));
        assertEquals(ProgrammePhase.ENROLMENT_OPEN, body.choice("phase", ProgrammePhase.class));
        assertNull(body.optionalChoice("cadence", Cadence.class));
        assertArrayEquals(new int[] {3, 4}, body.reference("first"));
        assertNull(body.text("nothing"));
        assertNull(body.integer("missing"));
        assertEquals(List.of(), body.integers("missing"));
        body.requireValid();
    }

    @Test
    public void date_shouldRefuseYearsBeyondFourDigitsAsAFieldError() {
        for (String date : List.of("+10000-01-01", "-0001-01-01", "+999999999-12-31", "2027-1-4", "27-01-04")) {
            JsonBody body = JsonBody.read("{\"date\":\"" + date + "\"}", PREFIX);

            assertEquals(date, null, body.date("date"));
            Refusal.Invalid refusal = assertThrows(date, Refusal.Invalid.class, body::requireValid);
            assertEquals(date, PREFIX + "type.date", refusal.fieldErrors().get("date").key());
        }
    }

    @Test
    public void fields_shouldGiveEachWrongTypeItsFieldError() {
        JsonBody body = JsonBody.read("{\"text\":1,\"number\":1.5,\"big\":3000000000,\"flag\":\"yes\","
                + "\"date\":\"spring\",\"numbers\":[1,\"x\"],\"texts\":[1],\"list\":\"a\",\"phase\":\"nowhere\","
                + "\"first\":3,\"second\":{\"id\":\"x\"}}", PREFIX);

        body.version();
        body.text("text");
        body.integer("number");
        body.integer("big");
        body.flag("flag");
        body.date("date");
        body.integers("numbers");
        body.texts("texts");
        body.integers("list");
        body.choice("phase", ProgrammePhase.class);
        body.reference("first");
        body.reference("second");

        Refusal.Invalid refusal = assertThrows(Refusal.Invalid.class, body::requireValid);
        assertEquals(PREFIX + "invalid", refusal.messageKey());
        Map<String, FieldError> errors = refusal.fieldErrors();
        assertEquals(List.of("version", "text", "number", "big", "flag", "date", "numbers", "texts", "list", "phase",
                "first", "second.id", "second.version"), List.copyOf(errors.keySet()));
        assertEquals(PREFIX + "version.missing", errors.get("version").key());
        assertEquals(PREFIX + "type.text", errors.get("text").key());
        assertEquals(PREFIX + "type.number", errors.get("number").key());
        assertEquals(PREFIX + "type.number", errors.get("big").key());
        assertEquals(PREFIX + "type.boolean", errors.get("flag").key());
        assertEquals(PREFIX + "type.date", errors.get("date").key());
        assertEquals(PREFIX + "type.numbers", errors.get("numbers").key());
        assertEquals(PREFIX + "type.texts", errors.get("texts").key());
        assertEquals(PREFIX + "type.list", errors.get("list").key());
        assertEquals(PREFIX + "phase.invalid", errors.get("phase").key());
        assertEquals(PREFIX + "type.reference", errors.get("first").key());
        assertEquals(PREFIX + "type.number", errors.get("second.id").key());
        assertEquals(PREFIX + "version.missing", errors.get("second.version").key());
    }

    @Test
    public void strictVersion_shouldTakeAJsonNumberOnly() {
        JsonBody text = JsonBody.read("{\"version\":\"3\"}", PREFIX);
        text.version("tandem.admin.themes.error.version");
        try {
            text.requireValid();
            fail("a version as text is refused");
        } catch (Refusal.Invalid refusal) {
            assertEquals("tandem.admin.themes.error.version", refusal.fieldErrors().get("version").key());
        }
        assertEquals(3, JsonBody.read("{\"version\":3}", PREFIX).version("k"));
    }

    @Test
    public void everyKeyTheReaderBuilds_shouldHaveAnEnglishTextForEveryPrefixInUse() throws IOException {
        Properties texts = new Properties();
        for (String file : List.of("tandem", "tandem-enrolment", "tandem-pairing", "tandem-admin")) {
            try (InputStream in = getClass().getResourceAsStream("/i18n/" + file + ".properties")) {
                texts.load(in);
            }
        }
        assertTrue(texts.containsKey(JsonBody.MALFORMED));
        Matcher suffix = Pattern.compile("prefix \\+ \"([a-z.]+)\"")
                .matcher(Files.readString(Path.of("src/main/java/org/tandem/mentoring/web/rest/JsonBody.java")));
        int found = 0;
        while (suffix.find()) {
            found++;
            for (String prefix : List.of("tandem.enrol.error.", "tandem.pairing.error.",
                    "tandem.programme.admin.error.")) {
                assertTrue(prefix + suffix.group(1), texts.containsKey(prefix + suffix.group(1)));
            }
        }
        assertTrue("found " + found, found >= 10);
    }
}
