package org.tandem.mentoring.service.enrolment;

import java.util.Map;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.RecordNotFoundException;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

/** The message keys of enrolment refusals, and the refusals that carry an id. */
public final class EnrolmentRefusals {

    public static final String INVALID = "tandem.enrol.error.invalid";
    public static final String APPLICATION_NOT_FOUND = "tandem.enrol.error.application.not-found";
    public static final String PROGRAMME_NOT_FOUND = "tandem.enrol.error.programme.not-found";
    public static final String STALE = "tandem.enrol.error.stale";
    public static final String STATE = "tandem.enrol.error.state";
    public static final String ALREADY_APPLIED = "tandem.enrol.error.already-applied";
    public static final String SIGN_IN = "tandem.enrol.error.forbidden.sign-in";
    public static final String NOT_APPLICANT = "tandem.enrol.error.forbidden.not-applicant";
    public static final String NOT_MANAGER = "tandem.enrol.error.forbidden.not-manager";
    public static final String NOT_COORDINATOR = "tandem.enrol.error.forbidden.not-coordinator";

    private EnrolmentRefusals() {
    }

    public static Refusal.Invalid invalid(Map<String, FieldError> errors) {
        return new Refusal.Invalid(INVALID, errors);
    }

    public static Refusal.Invalid invalid(String field, FieldError error) {
        return Refusal.Invalid.of(INVALID, field, error);
    }

    public static Refusal.NotFound applicationNotFound(int id) {
        return new Refusal.NotFound(APPLICATION_NOT_FOUND, id);
    }

    public static Refusal.NotFound programmeNotFound(int id) {
        return new Refusal.NotFound(PROGRAMME_NOT_FOUND, id);
    }

    /**
     * What the store refused, in enrolment's words: a stale version or a state that moved on is a conflict, a
     * missing row an application not found, a value the store will not keep an error on its field. Anything else
     * passes on untouched.
     */
    public static Refusal translate(RuntimeException e) {
        if (e instanceof StaleVersionException) {
            return new Refusal.Conflict(STALE);
        }
        if (e instanceof RecordNotFoundException missing) {
            return applicationNotFound(missing.id());
        }
        if (e instanceof StoreValidationException refused) {
            return switch (refused.field()) {
                case ParticipantRepository.ENROLMENT -> new Refusal.Conflict(ALREADY_APPLIED);
                // the store's own check found an open application committed meanwhile (READ COMMITTED lets it
                // see one a parallel request wrote): the same conflict as the unique key's
                case "participant.userKey" -> refused.problem() == StoreValidationException.Problem.DUPLICATE
                        ? new Refusal.Conflict(ALREADY_APPLIED)
                        : invalid(ApplicationRules.ROLE, ApplicationRules.error("already-applied"));
                case "participant.themeIds" -> invalid(ApplicationRules.THEMES,
                        ApplicationRules.error("themes.unknown", ""));
                case "participant.state" -> new Refusal.Conflict(STATE);
                default -> invalid(refused.field().substring(refused.field().indexOf('.') + 1),
                        ApplicationRules.error("invalid.field"));
            };
        }
        throw e;
    }
}
