package org.tandem.mentoring.web.macro.enrol;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.List;
import java.util.Locale;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.service.enrolment.Application;
import org.tandem.mentoring.service.enrolment.ApplicationAction;
import org.tandem.mentoring.service.enrolment.ApprovalQueue;
import org.tandem.mentoring.service.programme.ThemeNames;

/** What the approvals template shows: plain values and i18n keys, no markup. */
public final class ApprovalsView {

    private final ApprovalQueue queue;
    private final I18nResolver i18n;

    public ApprovalsView(ApprovalQueue queue, I18nResolver i18n) {
        this.queue = queue;
        this.i18n = i18n;
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    public boolean isCoordinator() {
        return queue.coordinator();
    }

    public List<Item> getAsManager() {
        return queue.asManager().stream().map(a -> new Item(a, "manager")).toList();
    }

    public List<Item> getAsCoordinator() {
        return queue.asCoordinator().stream().map(a -> new Item(a, "coordinator")).toList();
    }

    /** One application waiting for a decision. */
    public final class Item {
        private final Application application;
        private final Participant participant;
        private final String decider;

        Item(Application application, String decider) {
            this.application = application;
            this.participant = application.participant();
            this.decider = decider;
        }

        public int getId() {
            return application.id();
        }

        public int getVersion() {
            return application.version();
        }

        /** {@code manager} or {@code coordinator}: which decision endpoint the buttons call. */
        public String getDecider() {
            return decider;
        }

        public String getApplicant() {
            return application.displayName(participant.userKey());
        }

        public String getManager() {
            return application.displayName(application.managerKey());
        }

        public String getRoleText() {
            return i18n.getText("tandem.approvals.role." + participant.role().name().toLowerCase(Locale.ROOT));
        }

        public boolean isMentor() {
            return participant.role() == ParticipantRole.MENTOR;
        }

        public List<String> getThemes() {
            return application.themes().stream().map(theme -> ThemeNames.of(i18n, theme)).toList();
        }

        /** The mentee's goals or the mentor's motivation, in their own words. */
        public String getStatement() {
            return isMentor() ? participant.motivation() : participant.goals();
        }

        public int getCapacity() {
            return participant.capacity();
        }

        public boolean isDecidable() {
            return "manager".equals(decider)
                    ? application.can(ApplicationAction.APPROVE_AS_MANAGER)
                    : application.can(ApplicationAction.APPROVE_AS_COORDINATOR);
        }
    }
}
