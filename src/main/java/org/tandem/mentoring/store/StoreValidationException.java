package org.tandem.mentoring.store;

/** Input the store refuses before writing anything. {@link #field()} names the offending field. */
public class StoreValidationException extends RuntimeException {

    /** What is wrong with the field. */
    public enum Problem {
        MISSING,
        TOO_LONG,
        INVALID,
        DUPLICATE,
        NOT_FOUND,
        IN_USE
    }

    private final String field;
    private final Problem problem;

    public StoreValidationException(String field, Problem problem, String detail) {
        super(field + ": " + detail);
        this.field = field;
        this.problem = problem;
    }

    /** The field, as {@code record.property}, for example {@code programme.name}. */
    public String field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }
}
