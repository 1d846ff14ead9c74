package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;

public class PairingDetailCodecTest {

    @Test
    public void decode_shouldGiveBackWhatWasEncodedEvenWithSeparatorsInsideTexts() {
        Map<Criterion, Integer> breakdown = new EnumMap<>(Criterion.class);
        breakdown.put(Criterion.THEME_FIT, 20);
        breakdown.put(Criterion.LANGUAGE, 0);
        breakdown.put(Criterion.SENIORITY_GAP, 4);
        Explanation explanation = new Explanation(List.of(
                Explanation.Part.of("tandem.matching.reason.themes", 2, "delegating | conflict, \\ back\nslash"),
                Explanation.Part.of("tandem.matching.reason.otherDepartment"),
                Explanation.Part.of("tandem.matching.reason.mentorAbove", 2)));

        PairingDetailCodec.Detail decoded = PairingDetailCodec.decode(
                PairingDetailCodec.encode(breakdown, explanation));

        assertEquals(breakdown, decoded.breakdown());
        assertEquals(explanation, decoded.explanation());
    }

    @Test
    public void encode_shouldBeCompact() {
        Map<Criterion, Integer> breakdown = new EnumMap<>(Criterion.class);
        breakdown.put(Criterion.THEME_FIT, 10);
        breakdown.put(Criterion.PREFERENCE, 12);

        String text = PairingDetailCodec.encode(breakdown, new Explanation(List.of(
                Explanation.Part.of("k", 1, "x"))));

        assertEquals("THEME_FIT=10,PREFERENCE=12\nk|i1|sx", text);
    }

    @Test
    public void decode_shouldReadNothingAsNothing() {
        PairingDetailCodec.Detail decoded = PairingDetailCodec.decode(null);

        assertEquals(Map.of(), decoded.breakdown());
        assertEquals(List.of(), decoded.explanation().parts());
    }
}
