package org.tandem.mentoring.service.enrolment;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.programme.LearningTheme;

/**
 * An application as one person may see it.
 *
 * <p>The applicant's manager sees the application without the preferred and excluded people (whom a mentee would
 * rather not work with is not the manager's business); the applicant and coordinators see everything.
 *
 * @param participant        the stored application
 * @param themes             its learning themes, resolved
 * @param managerKey         the applicant's direct manager in the org chart, or null
 * @param decisionReason     why the last decision was taken (a decline's reason), or null
 * @param nominated          the manager nominated the applicant, who has yet to confirm
 * @param managerStepSkipped the programme asks for manager approval but the applicant has no manager in the org
 *                           chart, so the application went straight to the coordinators
 * @param displayNames       user key to display name for every person the application names
 * @param actions            what the person asking may do now
 */
public record Application(
        Participant participant,
        List<LearningTheme> themes,
        String managerKey,
        String decisionReason,
        boolean nominated,
        boolean managerStepSkipped,
        Map<String, String> displayNames,
        Set<ApplicationAction> actions) {

    public Application {
        themes = List.copyOf(themes);
        displayNames = Map.copyOf(displayNames);
        actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
    }

    public int id() {
        return participant.id();
    }

    public int version() {
        return participant.version();
    }

    /** The display name of a person the application names, or the key itself. */
    public String displayName(String userKey) {
        return userKey == null ? null : displayNames.getOrDefault(userKey, userKey);
    }

    public boolean can(ApplicationAction action) {
        return actions.contains(action);
    }
}
