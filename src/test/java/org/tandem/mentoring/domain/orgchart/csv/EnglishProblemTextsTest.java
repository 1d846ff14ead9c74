package org.tandem.mentoring.domain.orgchart.csv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.Test;

public class EnglishProblemTextsTest {

    @Test
    public void all_shouldHaveATextForEveryCode() {
        assertEquals(Set.of(ProblemCode.values()), EnglishProblemTexts.all().keySet());
    }

    @Test
    public void messageKey_shouldBeDistinctAndUnderTheImportPrefix() {
        Set<String> keys = new HashSet<>();
        Arrays.stream(ProblemCode.values()).forEach(code -> keys.add(code.messageKey()));

        assertEquals(ProblemCode.values().length, keys.size());
        assertTrue(keys.contains("tandem.orgchart.import.problem.unknown-manager"));
    }

    @Test
    public void describe_shouldFillTheValueAndArguments() {
        ImportProblem problem = ImportProblem.of(7, "level", ProblemCode.BAD_LEVEL, "x", 1, 20);

        assertEquals("line 7, level: The level \"x\" must be a whole number from 1 to 20.",
                EnglishProblemTexts.describe(problem));
    }
}
