package org.tandem.mentoring.web.rest.enrolment;

import java.util.List;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.service.enrolment.Application;
import org.tandem.mentoring.service.enrolment.ApplicationAction;

/**
 * The JSON shape of an application. People appear as {@code {"userKey", "displayName"}}; {@code decidedAt} is an
 * ISO-8601 instant; {@code actions} lists what the caller may do now.
 */
public record ApplicationJson(
        int id,
        int version,
        int programmeId,
        PersonJson applicant,
        String role,
        String state,
        List<ThemeJson> themes,
        String goals,
        String motivation,
        int capacity,
        String language,
        String availability,
        List<PersonJson> preferred,
        List<PersonJson> excluded,
        PersonJson manager,
        PersonJson decidedBy,
        String decidedAt,
        String decisionReason,
        boolean nominated,
        boolean managerStepSkipped,
        List<String> actions) {

    /** A person named by an application. */
    public record PersonJson(String userKey, String displayName) {
    }

    /** A learning theme of an application. */
    public record ThemeJson(int id, String category, String name) {
    }

    static ApplicationJson of(Application application) {
        Participant p = application.participant();
        return new ApplicationJson(p.id(), p.version(), p.programmeId(), person(application, p.userKey()),
                p.role().name(), p.state().name(),
                application.themes().stream().map(t -> new ThemeJson(t.id(), t.category(), t.name())).toList(),
                p.goals(), p.motivation(), p.capacity(), p.language(), p.availability(),
                p.preferredUserKeys().stream().map(key -> person(application, key)).toList(),
                p.excludedUserKeys().stream().map(key -> person(application, key)).toList(),
                person(application, application.managerKey()), person(application, p.decidedBy()),
                p.decidedAt() == null ? null : p.decidedAt().toString(), application.decisionReason(),
                application.nominated(), application.managerStepSkipped(),
                application.actions().stream().sorted().map(ApplicationAction::name).toList());
    }

    private static PersonJson person(Application application, String userKey) {
        return userKey == null ? null : new PersonJson(userKey, application.displayName(userKey));
    }
}
