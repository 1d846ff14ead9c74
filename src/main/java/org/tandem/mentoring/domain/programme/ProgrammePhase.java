package org.tandem.mentoring.domain.programme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The life cycle of a programme, in order, and the moves a coordinator may make between phases.
 *
 * <p>The main line is draft, enrolment open, matching, running, closing, alumni, archived. Besides it:
 * <ul>
 *   <li>matching back to enrolment open, to reopen enrolment when too few mentors or mentees applied;</li>
 *   <li>running back to matching, for a second matching round (late applicants, a pair that ended early);
 *       the pairs already running keep running;</li>
 *   <li>draft straight to archived, to drop a draft that will never run.</li>
 * </ul>
 * Archived is final. Enrolment opens only on a programme whose charter has a start date, a purpose and goals
 * (a programme without a clear vision is the first reason mentoring programmes fail).
 */
public enum ProgrammePhase {
    DRAFT,
    ENROLMENT_OPEN,
    MATCHING,
    RUNNING,
    CLOSING,
    ALUMNI,
    ARCHIVED;

    /** The charter fields that must be filled to open enrolment, by their field names. */
    public static final List<String> CHARTER_FIELDS_FOR_ENROLMENT = List.of("startDate", "purpose", "goals");

    /** The phases this one may move to, in the order a coordinator would usually take them. */
    public Set<ProgrammePhase> next() {
        return switch (this) {
            case DRAFT -> Collections.unmodifiableSet(EnumSet.of(ENROLMENT_OPEN, ARCHIVED));
            case ENROLMENT_OPEN -> Collections.unmodifiableSet(EnumSet.of(MATCHING));
            case MATCHING -> Collections.unmodifiableSet(EnumSet.of(ENROLMENT_OPEN, RUNNING));
            case RUNNING -> Collections.unmodifiableSet(EnumSet.of(MATCHING, CLOSING));
            case CLOSING -> Collections.unmodifiableSet(EnumSet.of(ALUMNI));
            case ALUMNI -> Collections.unmodifiableSet(EnumSet.of(ARCHIVED));
            case ARCHIVED -> Collections.unmodifiableSet(EnumSet.noneOf(ProgrammePhase.class));
        };
    }

    public boolean canMoveTo(ProgrammePhase target) {
        return target != null && next().contains(target);
    }

    /** True for the phase nothing leaves. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /** True for a move that ends something for the participants and deserves a confirmation. */
    public boolean isWindingDown() {
        return this == CLOSING || this == ALUMNI || this == ARCHIVED;
    }

    /**
     * The charter fields {@code programme} lacks to enter this phase (names from
     * {@link #CHARTER_FIELDS_FOR_ENROLMENT}); empty when nothing is missing or the phase needs no charter.
     */
    public List<String> missingCharterFields(Programme programme) {
        if (this != ENROLMENT_OPEN) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        if (programme.startDate() == null) {
            missing.add("startDate");
        }
        if (blank(programme.purpose())) {
            missing.add("purpose");
        }
        if (blank(programme.goals())) {
            missing.add("goals");
        }
        return List.copyOf(missing);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
