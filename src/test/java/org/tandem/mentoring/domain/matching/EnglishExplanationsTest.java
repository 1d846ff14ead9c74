package org.tandem.mentoring.domain.matching;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;
import org.junit.Test;

public class EnglishExplanationsTest {

    private static String format(String key, java.io.Serializable... args) {
        return EnglishExplanations.format(new Explanation(List.of(Explanation.Part.of(key, args))));
    }

    @Test
    public void format_shouldUseSingularAndPluralForms() {
        assertEquals("1 shared theme: conflict", format(EnglishExplanations.THEMES, 1, "conflict"));
        assertEquals("2 shared themes: conflict, data", format(EnglishExplanations.THEMES, 2, "conflict, data"));
        assertEquals("mentor 1 level above", format(EnglishExplanations.MENTOR_ABOVE, 1));
        assertEquals("mentor 3 levels below", format(EnglishExplanations.MENTOR_BELOW, 3));
        assertEquals("1 hour apart", format(EnglishExplanations.TIME_ZONE_APART, 1));
        assertEquals("mentee's choice no. 2", format(EnglishExplanations.MENTEE_PREFERENCE, 2));
    }

    @Test
    public void format_shouldJoinPartsWithSemicolons() {
        Explanation explanation = new Explanation(List.of(Explanation.Part.of(EnglishExplanations.OTHER_DEPARTMENT),
                Explanation.Part.of(EnglishExplanations.SAME_LEVEL)));
        assertEquals("different department; same level", EnglishExplanations.format(explanation));
    }

    @Test
    public void patterns_shouldHaveTextForEveryKeyTheEngineUses() {
        for (String key : List.of(EnglishExplanations.THEMES, EnglishExplanations.MENTEE_PREFERENCE,
                EnglishExplanations.MENTOR_PREFERENCE, EnglishExplanations.OTHER_DEPARTMENT,
                EnglishExplanations.LANGUAGE, EnglishExplanations.SAME_TIME_ZONE, EnglishExplanations.TIME_ZONE_APART,
                EnglishExplanations.MENTOR_ABOVE, EnglishExplanations.MENTOR_BELOW, EnglishExplanations.SAME_LEVEL,
                EnglishExplanations.NO_PARTICULAR_FIT, EnglishExplanations.SPEED_MUTUAL_CHOICE)) {
            assertFalse(key, EnglishExplanations.patterns().get(key).isEmpty());
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void part_shouldRejectArgumentsTheWebLayerCannotTranslate() {
        Explanation.Part.of(EnglishExplanations.THEMES, 2.5);
    }
}
