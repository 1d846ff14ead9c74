package org.tandem.mentoring.service.programme;

import java.util.Map;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.RecordNotFoundException;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

/** The message keys of programme administration refusals, and the refusals they are used in most. */
public final class ProgrammeRefusals {

    public static final String INVALID = "tandem.programme.admin.error.invalid";
    public static final String NOT_FOUND = "tandem.programme.admin.error.not-found";
    public static final String FORBIDDEN = "tandem.programme.admin.error.forbidden";
    public static final String STALE = "tandem.programme.admin.error.stale";
    public static final String THEME_IN_USE = "tandem.programme.admin.error.theme.in-use";
    public static final String THEME_TAKEN = "tandem.programme.admin.error.theme.taken";

    private ProgrammeRefusals() {
    }

    public static Refusal.Invalid invalid(Map<String, FieldError> errors) {
        return new Refusal.Invalid(INVALID, errors);
    }

    public static Refusal.Invalid invalid(String field, FieldError error) {
        return Refusal.Invalid.of(INVALID, field, error);
    }

    /** The programme (or theme) does not exist, or its space is not the caller's to see. */
    public static Refusal.NotFound notFound(int id) {
        return new Refusal.NotFound(NOT_FOUND, String.valueOf(id));
    }

    /** The caller may see the programme but does not coordinate it. */
    public static Refusal.Forbidden forbidden() {
        return new Refusal.Forbidden(FORBIDDEN);
    }

    /** A stale write, or a record gone meanwhile, as a conflict; whatever else the store refuses passes on. */
    public static Refusal staleOrGone(RuntimeException e) {
        if (e instanceof StaleVersionException || e instanceof RecordNotFoundException) {
            return new Refusal.Conflict(STALE);
        }
        if (e instanceof StoreValidationException refused
                && refused.problem() == StoreValidationException.Problem.DUPLICATE) {
            return new Refusal.Conflict(THEME_TAKEN);
        }
        throw e;
    }
}
