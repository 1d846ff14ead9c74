package org.tandem.mentoring.packaging;

import static org.junit.Assert.assertEquals;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.BeforeClass;
import org.junit.Test;
import org.tandem.mentoring.domain.orgchart.csv.ProblemCode;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.DefaultLearningThemes;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.service.programme.NextStep;

/** Every value a screen names through a key built from code has its English text. */
public class EnglishStringsTest {

    private static final Properties STRINGS = new Properties();

    @BeforeClass
    public static void load() throws Exception {
        try (InputStream in = EnglishStringsTest.class.getResourceAsStream("/i18n/tandem.properties")) {
            STRINGS.load(in);
        }
    }

    @Test
    public void programmeValues_shouldHaveTexts() {
        List<String> missing = new ArrayList<>();
        missing.addAll(missing("tandem.programme.type.", ProgrammeType.values()));
        missing.addAll(missing("tandem.programme.phase.", ProgrammePhase.values()));
        missing.addAll(missing("tandem.programme.cadence.", Cadence.values()));
        missing.addAll(missing("tandem.participant.state.", ParticipantState.values()));
        missing.addAll(missing("tandem.next.", NextStep.Kind.values()));
        assertEquals(List.of(), missing);
    }

    @Test
    public void defaultThemeCategories_shouldHaveTexts() {
        List<String> missing = new ArrayList<>();
        for (String category : List.of(DefaultLearningThemes.NEW_IN_ROLE, DefaultLearningThemes.STRUGGLING,
                DefaultLearningThemes.CAPABLE_OF_MORE, DefaultLearningThemes.LAUNCH_NEEDS,
                DefaultLearningThemes.REVERSE_MENTORING)) {
            if (!STRINGS.containsKey("tandem.theme.category." + category)) {
                missing.add(category);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void orgChartImportProblems_shouldHaveTexts() {
        List<String> missing = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            if (!STRINGS.containsKey(code.messageKey())) {
                missing.add(code.messageKey());
            }
        }
        assertEquals(List.of(), missing);
    }

    private static List<String> missing(String prefix, Enum<?>[] values) {
        List<String> missing = new ArrayList<>();
        for (Enum<?> value : values) {
            String key = prefix + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (!STRINGS.containsKey(key)) {
                missing.add(key);
            }
        }
        return missing;
    }
}
