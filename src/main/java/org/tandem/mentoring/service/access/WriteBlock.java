package org.tandem.mentoring.service.access;

import java.util.Locale;
import org.tandem.mentoring.host.LicenceProblem;

/**
 * Why Tandem writes nothing at the moment: Confluence is in read-only mode, or Tandem's licence is missing or not
 * valid (then {@code licence} says what is wrong). Everything already written stays readable.
 */
public record WriteBlock(Reason reason, LicenceProblem licence) {

    public enum Reason {
        READ_ONLY,
        UNLICENSED
    }

    public static WriteBlock readOnly() {
        return new WriteBlock(Reason.READ_ONLY, null);
    }

    public static WriteBlock unlicensed(LicenceProblem problem) {
        return new WriteBlock(Reason.UNLICENSED, problem);
    }

    /** The sentence everybody reads: what happened and that nothing is lost. */
    public String messageKey() {
        return reason == Reason.READ_ONLY ? "tandem.writes.read-only" : "tandem.writes.unlicensed";
    }

    /** The sentence administrators read besides: the licence's problem, or the read-only mode's cause. */
    public String adminKey() {
        return reason == Reason.READ_ONLY ? "tandem.writes.read-only.admin"
                : "tandem.writes.licence." + licence.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A short word for machines: {@code read-only} or {@code unlicensed}. */
    public String code() {
        return reason == Reason.READ_ONLY ? "read-only" : "unlicensed";
    }
}
