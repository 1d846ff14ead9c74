package org.tandem.mentoring.web.macro;

import com.atlassian.sal.api.message.I18nResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.mentoring.service.programme.ThemeNames;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.programme.NextStep;
import org.tandem.mentoring.service.programme.ProgrammeOverview;
import org.tandem.mentoring.service.programme.ProgrammeRerun;
import org.tandem.mentoring.service.programme.ThemeOffer;

/** What the programme overview template shows: plain values and i18n keys, no markup. */
public final class ProgrammeView {

    private final ProgrammeOverview overview;
    private final Programme programme;
    private final I18nResolver i18n;
    private final ThemeOffer themeOffer;
    private final Locale locale;

    public ProgrammeView(ProgrammeOverview overview, I18nResolver i18n) {
        this(overview, i18n, null);
    }

    public ProgrammeView(ProgrammeOverview overview, I18nResolver i18n, ThemeOffer themeOffer) {
        this(overview, i18n, themeOffer, Locale.UK);
    }

    /**
     * {@code themeOffer} is given for coordinators only: it feeds the themes editor. {@code locale} is the
     * viewer's, for dates.
     */
    public ProgrammeView(ProgrammeOverview overview, I18nResolver i18n, ThemeOffer themeOffer, Locale locale) {
        this.locale = locale;
        this.overview = overview;
        this.programme = overview.programme();
        this.i18n = i18n;
        this.themeOffer = themeOffer;
    }

    public int getProgrammeId() {
        return programme.id();
    }

    public int getVersion() {
        return programme.version();
    }

    /** True when the person may change the programme: a coordinator, with the administration controls shown. */
    public boolean isAdministrable() {
        return overview.coordinator();
    }

    /** True when a coordinator may run the programme again: it is closing or over. */
    public boolean isRerunnable() {
        return overview.coordinator() && ProgrammeRerun.allowed(programme.phase());
    }

    /** True when the programme is closing or over: its mentors may open their thank-you. */
    public boolean isThanksOffered() {
        return ProgrammeRerun.allowed(programme.phase());
    }

    /** The name the programme's next run is offered: the same name, for the coordinator to change. */
    public String getRerunName() {
        return programme.name();
    }

    /** The phases the programme may move to next, for the coordinator's buttons. */
    public List<PhaseMove> getNextPhases() {
        return programme.phase().next().stream().map(PhaseMove::new).toList();
    }

    /** The start date as yyyy-mm-dd for a date input, or an empty text. */
    public String getStartDateValue() {
        return programme.startDate() == null ? "" : programme.startDate().toString();
    }

    public String getPurposeValue() {
        return programme.purpose() == null ? "" : programme.purpose();
    }

    public String getGoalsValue() {
        return programme.goals() == null ? "" : programme.goals();
    }

    public String getConfidentialityValue() {
        return programme.confidentialityRules() == null ? "" : programme.confidentialityRules();
    }

    public String getCadenceValue() {
        return programme.cadence().name();
    }

    /** Whether a coordinator let a mentor be below the mentee in the mentee's line of authority. */
    public boolean isRelaxDown() {
        return programme.relaxDownReason() != null;
    }

    /** The coordinator's reason for that, or empty. */
    public String getRelaxDownReason() {
        return programme.relaxDownReason() == null ? "" : programme.relaxDownReason();
    }

    public boolean isManagerApprovalRequired() {
        return programme.managerApprovalRequired();
    }

    public boolean isSponsorApprovalRequired() {
        return programme.sponsorApprovalRequired();
    }

    /** Every cadence: its value and its i18n key. */
    public List<Option> getCadences() {
        List<Option> options = new ArrayList<>();
        for (Cadence cadence : Cadence.values()) {
            options.add(new Option(cadence.name(), "tandem.programme.cadence." + key(cadence)));
        }
        return options;
    }

    /** The programme's own themes, which a coordinator may remove. */
    public List<LearningTheme> getOwnThemes() {
        return themeOffer == null ? List.of() : themeOffer.own();
    }

    /** The categories already in use, to suggest when adding a theme. */
    public List<String> getCategories() {
        return themeOffer == null ? List.of()
                : themeOffer.themes().stream().map(LearningTheme::category).distinct().toList();
    }

    public String getName() {
        return programme.name();
    }

    public String getTypeKey() {
        return "tandem.programme.type." + key(programme.type());
    }

    public String getPhaseKey() {
        return "tandem.programme.phase." + key(programme.phase());
    }

    /** The AUI lozenge style that goes with the phase. */
    public String getPhaseStyle() {
        return switch (programme.phase()) {
            case DRAFT -> "";
            case ENROLMENT_OPEN, MATCHING -> "aui-lozenge-moved";
            case RUNNING -> "aui-lozenge-success";
            case CLOSING, ALUMNI -> "aui-lozenge-current";
            case ARCHIVED -> "aui-lozenge-subtle";
        };
    }

    public String getCadenceKey() {
        return "tandem.programme.cadence." + key(programme.cadence());
    }

    public String getStartDate() {
        return format(programme.startDate());
    }

    public String getEndDate() {
        return format(programme.endDate());
    }

    public int getDurationMonths() {
        return programme.durationMonths();
    }

    public String getPurpose() {
        return blankToNull(programme.purpose());
    }

    public String getGoals() {
        return blankToNull(programme.goals());
    }

    public String getConfidentialityRules() {
        return blankToNull(programme.confidentialityRules());
    }

    public boolean isCoordinator() {
        return overview.coordinator();
    }

    public List<Step> getNextSteps() {
        return overview.nextSteps().stream().map(Step::new).toList();
    }

    /** The themes by category; a category and a theme of the default taxonomy are named in the reader's language. */
    public List<ThemeGroup> getThemes() {
        List<ThemeGroup> groups = new ArrayList<>();
        overview.themesByCategory().forEach((category, names) -> {
            String key = "tandem.theme.category." + category;
            String label = i18n.getText(key);
            groups.add(new ThemeGroup(label == null || label.equals(key) ? category : label,
                    names.stream().map(name -> ThemeNames.of(i18n, category, name)).toList()));
        });
        return groups;
    }

    /** One row per application state that has anybody in it, with mentees and mentors side by side. */
    public List<CountRow> getCounts() {
        List<CountRow> rows = new ArrayList<>();
        Map<ParticipantState, Integer> mentees = overview.applicationCounts().getOrDefault(ParticipantRole.MENTEE, Map.of());
        Map<ParticipantState, Integer> mentors = overview.applicationCounts().getOrDefault(ParticipantRole.MENTOR, Map.of());
        for (ParticipantState state : ParticipantState.values()) {
            int menteeCount = mentees.getOrDefault(state, 0);
            int mentorCount = mentors.getOrDefault(state, 0);
            if (menteeCount + mentorCount > 0) {
                rows.add(new CountRow("tandem.participant.state." + key(state), menteeCount, mentorCount));
            }
        }
        return rows;
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String format(LocalDate date) {
        return ViewerLanguage.date(date, locale);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A phase the programme may move to: its value, its i18n key and whether to ask before moving. */
    public static final class PhaseMove {
        private final ProgrammePhase phase;

        PhaseMove(ProgrammePhase phase) {
            this.phase = phase;
        }

        public String getValue() {
            return phase.name();
        }

        public String getKey() {
            return "tandem.programme.phase." + key(phase);
        }

        public boolean isConfirm() {
            return phase.isWindingDown();
        }
    }

    /** A choice in a select: the value sent and the i18n key shown. */
    public static final class Option {
        private final String value;
        private final String key;

        Option(String value, String key) {
            this.value = value;
            this.key = key;
        }

        public String getValue() {
            return value;
        }

        public String getKey() {
            return key;
        }
    }

    /** A next step: its i18n key and the number it speaks of. */
    public static final class Step {
        private final NextStep step;

        Step(NextStep step) {
            this.step = step;
        }

        public String getKey() {
            return "tandem.next." + key(step.kind());
        }

        public int getCount() {
            return step.count();
        }

        public boolean isAction() {
            return step.kind() == NextStep.Kind.APPLY || step.kind() == NextStep.Kind.APPROVE_AS_MANAGER
                    || step.kind() == NextStep.Kind.APPROVE_AS_COORDINATOR;
        }
    }

    /** The learning themes of one category. */
    public static final class ThemeGroup {
        private final String category;
        private final List<String> names;

        ThemeGroup(String category, List<String> names) {
            this.category = category;
            this.names = names;
        }

        public String getCategory() {
            return category;
        }

        public List<String> getNames() {
            return names;
        }
    }

    /** Applications in one state. */
    public static final class CountRow {
        private final String stateKey;
        private final int mentees;
        private final int mentors;

        CountRow(String stateKey, int mentees, int mentors) {
            this.stateKey = stateKey;
            this.mentees = mentees;
            this.mentors = mentors;
        }

        public String getStateKey() {
            return stateKey;
        }

        public int getMentees() {
            return mentees;
        }

        public int getMentors() {
            return mentors;
        }
    }
}
