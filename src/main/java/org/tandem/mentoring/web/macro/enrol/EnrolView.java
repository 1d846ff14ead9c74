package org.tandem.mentoring.web.macro.enrol;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.enrolment.Application;
import org.tandem.mentoring.service.enrolment.ApplicationAction;
import org.tandem.mentoring.service.enrolment.EnrolmentPage;
import org.tandem.mentoring.service.programme.ThemeNames;

/** What the enrolment template shows: plain values and i18n keys, no markup. */
public final class EnrolView {

    private final EnrolmentPage page;
    private final Programme programme;
    private final Application application;
    private final Participant participant;
    private final I18nResolver i18n;
    private final Locale locale;

    public EnrolView(EnrolmentPage page, I18nResolver i18n) {
        this(page, i18n, Locale.UK);
    }

    /** @param locale the viewer's, for the date of the last step */
    public EnrolView(EnrolmentPage page, I18nResolver i18n, Locale locale) {
        this.locale = locale;
        this.page = page;
        this.i18n = i18n;
        this.programme = page.programme();
        this.application = page.application().orElse(null);
        this.participant = application == null ? null : application.participant();
    }

    public int getProgrammeId() {
        return programme.id();
    }

    public String getProgrammeName() {
        return programme.name();
    }

    public boolean isSignedIn() {
        return page.signedIn();
    }

    public boolean isOpen() {
        return page.open();
    }

    /** Show the application form for a new application. */
    public boolean isShowApplyForm() {
        return page.signedIn() && page.open() && application == null;
    }

    public boolean isManagerApprovalRequired() {
        return programme.managerApprovalRequired();
    }

    public String getManagerName() {
        return page.managerName();
    }

    /**
     * Themes on offer, by category in the order of the taxonomy, each marked when the application holds it. A
     * category of the default taxonomy is named in the reader's language, any other as the coordinator wrote it.
     */
    public List<ThemeGroup> getThemes() {
        Map<String, List<Option>> grouped = new LinkedHashMap<>();
        for (LearningTheme theme : page.themes()) {
            boolean chosen = participant != null && participant.themeIds().contains(theme.id());
            grouped.computeIfAbsent(theme.category(), category -> new ArrayList<>())
                    .add(new Option(String.valueOf(theme.id()), ThemeNames.of(i18n, theme), chosen));
        }
        List<ThemeGroup> groups = new ArrayList<>();
        grouped.forEach((category, options) -> {
            String key = "tandem.theme.category." + category;
            String label = i18n.getText(key);
            groups.add(new ThemeGroup(label == null || label.equals(key) ? category : label, options));
        });
        return groups;
    }

    /** Mentors a mentee may prefer. */
    public List<Option> getPreferredOptions() {
        return people(participant == null ? List.of() : participant.preferredUserKeys());
    }

    /** Mentors a mentee may exclude. */
    public List<Option> getExcludedOptions() {
        return people(participant == null ? List.of() : participant.excludedUserKeys());
    }

    public boolean isHasMentors() {
        return !page.mentors().isEmpty();
    }

    // ------------------------------------------------------------ the own application

    public boolean isHasApplication() {
        return application != null;
    }

    public int getApplicationId() {
        return application == null ? 0 : application.id();
    }

    public int getVersion() {
        return application == null ? 0 : application.version();
    }

    public String getRole() {
        return participant == null ? null : participant.role().name();
    }

    public boolean isMentor() {
        return participant != null && participant.role() == ParticipantRole.MENTOR;
    }

    public String getRoleKey() {
        return participant == null ? null : "tandem.enrol.role." + key(participant.role());
    }

    public String getStateKey() {
        return participant == null ? null : "tandem.enrol.state." + key(participant.state());
    }

    /** The AUI lozenge style that goes with the state. */
    public String getStateStyle() {
        if (participant == null) {
            return "";
        }
        return switch (participant.state()) {
            case APPLIED, AWAITING_MANAGER, AWAITING_COORDINATOR -> "aui-lozenge-moved";
            case APPROVED -> "aui-lozenge-success";
            case DECLINED -> "aui-lozenge-error";
            case WITHDRAWN -> "aui-lozenge-subtle";
        };
    }

    public String getDecidedBy() {
        return participant == null || participant.decidedBy() == null ? null
                : application.displayName(participant.decidedBy());
    }

    /** When the last step was taken, in UTC (the message says so). */
    public String getDecidedAt() {
        return participant == null || participant.decidedAt() == null ? null
                : ViewerLanguage.dateTimeUtc(participant.decidedAt(), locale);
    }

    public String getDecisionReason() {
        return application == null ? null : application.decisionReason();
    }

    public boolean isNominated() {
        return application != null && application.nominated();
    }

    public boolean isManagerStepSkipped() {
        return application != null && application.managerStepSkipped();
    }

    public boolean isWaitingForManager() {
        return participant != null && participant.state() == ParticipantState.AWAITING_MANAGER;
    }

    public List<String> getThemeNames() {
        return application == null ? List.of()
                : application.themes().stream().map(theme -> ThemeNames.of(i18n, theme)).toList();
    }

    public String getGoals() {
        return participant == null ? null : participant.goals();
    }

    public String getMotivation() {
        return participant == null ? null : participant.motivation();
    }

    public int getCapacity() {
        return participant == null || participant.role() != ParticipantRole.MENTOR ? 1 : participant.capacity();
    }

    public String getLanguage() {
        return participant == null ? null : participant.language();
    }

    public String getAvailability() {
        return participant == null ? null : participant.availability();
    }

    public boolean isCanEdit() {
        return application != null && application.can(ApplicationAction.EDIT);
    }

    public boolean isCanWithdraw() {
        return application != null && application.can(ApplicationAction.WITHDRAW);
    }

    public boolean isCanConfirm() {
        return application != null && application.can(ApplicationAction.CONFIRM);
    }

    private List<Option> people(List<String> selected) {
        List<Option> options = new ArrayList<>();
        page.mentors().forEach((key, name) -> options.add(new Option(key, name, selected.contains(key))));
        return options;
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The learning themes of one category. */
    public static final class ThemeGroup {
        private final String label;
        private final List<Option> themes;

        ThemeGroup(String label, List<Option> themes) {
            this.label = label;
            this.themes = themes;
        }

        public String getLabel() {
            return label;
        }

        public List<Option> getThemes() {
            return themes;
        }
    }

    /** One choice in a list: its value, its label and whether it is chosen. */
    public static final class Option {
        private final String value;
        private final String label;
        private final boolean selected;

        Option(String value, String label, boolean selected) {
            this.value = value;
            this.label = label;
            this.selected = selected;
        }

        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }

        public boolean isSelected() {
            return selected;
        }
    }
}
