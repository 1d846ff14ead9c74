package org.tandem.mentoring.domain.survey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which surveys are open for a member of a pairing on a day, computed from dates alone, so that nothing needs to
 * run to open or close them:
 * <ul>
 * <li>the pulse, for both members, {@value #FIRST_PULSE_DAYS} days after the pairing became active and then every
 * {@value #PULSE_EVERY_DAYS} days while it runs, open for {@value #PULSE_WINDOW_DAYS} days;</li>
 * <li>the mid-point statements, for the mentee of a pairing active on the programme's middle day, open for
 * {@value #STATEMENT_WINDOW_DAYS} days;</li>
 * <li>the end statements, for the mentee of a pairing active {@value #END_LEAD_DAYS} days before the programme's
 * last day, open for {@value #STATEMENT_WINDOW_DAYS} days from then;</li>
 * <li>the closure survey, for both members, from the day the pairing ended (or the day after the programme's last
 * day, for a pairing still running then), open for {@value #CLOSURE_WINDOW_DAYS} days;</li>
 * <li>the alumni check-in, for the mentee and for the mentee's manager, {@value #ALUMNI_AFTER_MONTHS} months after
 * the pairing stopped, open for {@value #ALUMNI_WINDOW_DAYS} days;</li>
 * <li>the manager's mid-point feedback, for the mentee's manager of a pairing active on the programme's middle day,
 * open for {@value #STATEMENT_WINDOW_DAYS} days. The manager is asked nothing else.</li>
 * </ul>
 */
public final class SurveySchedule {

    public static final int FIRST_PULSE_DAYS = 30;
    public static final int PULSE_EVERY_DAYS = 60;
    public static final int PULSE_WINDOW_DAYS = 21;
    public static final int STATEMENT_WINDOW_DAYS = 30;
    public static final int END_LEAD_DAYS = 14;
    public static final int CLOSURE_WINDOW_DAYS = 30;
    public static final int ALUMNI_AFTER_MONTHS = 3;
    public static final int ALUMNI_WINDOW_DAYS = 30;

    /**
     * What the schedule knows of one member's pairing.
     *
     * @param activeSince    the day the pairing became active
     * @param endedOn        the day it ended, null while it runs
     * @param programmeStart the programme's first day, null when not set
     * @param programmeEnd   the programme's last day, null when not set
     * @param mentee         true for the mentee, false for the mentor or the manager
     * @param manager        true for the mentee's manager
     */
    public record Membership(int pairingId, int programmeId, LocalDate activeSince, LocalDate endedOn,
            LocalDate programmeStart, LocalDate programmeEnd, boolean mentee, boolean manager) {

        /** A mentee's or mentor's membership. */
        public Membership(int pairingId, int programmeId, LocalDate activeSince, LocalDate endedOn,
                LocalDate programmeStart, LocalDate programmeEnd, boolean mentee) {
            this(pairingId, programmeId, activeSince, endedOn, programmeStart, programmeEnd, mentee, false);
        }
    }

    private SurveySchedule() {
    }

    /** The surveys open for the member on {@code today}, answered or not. */
    public static List<SurveyOccurrence> open(Membership m, LocalDate today) {
        List<SurveyOccurrence> open = new ArrayList<>();
        if (m.activeSince() == null || today.isBefore(m.activeSince())) {
            return open;
        }
        LocalDate stopped = stopped(m);
        if ((m.mentee() || m.manager()) && stopped != null) {
            add(open, SurveyKind.ALUMNI, m, stopped.plusMonths(ALUMNI_AFTER_MONTHS), ALUMNI_WINDOW_DAYS, today);
        }
        LocalDate middle = middle(m);
        if (m.manager()) {
            if (middle != null && activeOn(m, middle, stopped)) {
                add(open, SurveyKind.MANAGER_MIDPOINT, m, middle, STATEMENT_WINDOW_DAYS, today);
            }
            return open;
        }
        long sinceFirst = ChronoUnit.DAYS.between(m.activeSince().plusDays(FIRST_PULSE_DAYS), today);
        if (sinceFirst >= 0) {
            LocalDate due = m.activeSince().plusDays(FIRST_PULSE_DAYS + (sinceFirst / PULSE_EVERY_DAYS)
                    * PULSE_EVERY_DAYS);
            if (stopped == null || due.isBefore(stopped)) {
                add(open, SurveyKind.PULSE, m, due, PULSE_WINDOW_DAYS, today);
            }
        }
        if (m.mentee() && middle != null) {
            if (activeOn(m, middle, stopped)) {
                add(open, SurveyKind.MIDPOINT, m, middle, STATEMENT_WINDOW_DAYS, today);
            }
            LocalDate end = m.programmeEnd().minusDays(END_LEAD_DAYS);
            if (activeOn(m, end, stopped)) {
                add(open, SurveyKind.END, m, end, STATEMENT_WINDOW_DAYS, today);
            }
        }
        if (stopped != null) {
            add(open, SurveyKind.CLOSURE, m, stopped, CLOSURE_WINDOW_DAYS, today);
        }
        return open;
    }

    /** The programme's middle day, null when its dates are not set. */
    static LocalDate middle(Membership m) {
        if (m.programmeStart() == null || m.programmeEnd() == null) {
            return null;
        }
        return m.programmeStart().plusDays(ChronoUnit.DAYS.between(m.programmeStart(), m.programmeEnd()) / 2);
    }

    /** The day the pairing stopped: its end, or the day after the programme's last day, whichever came first. */
    static LocalDate stopped(Membership m) {
        LocalDate planned = m.programmeEnd() == null ? null : m.programmeEnd().plusDays(1);
        if (m.endedOn() == null) {
            return planned;
        }
        return planned != null && planned.isBefore(m.endedOn()) ? planned : m.endedOn();
    }

    private static boolean activeOn(Membership m, LocalDate day, LocalDate stopped) {
        return !day.isBefore(m.activeSince()) && (stopped == null || day.isBefore(stopped));
    }

    private static void add(List<SurveyOccurrence> open, SurveyKind kind, Membership m, LocalDate due, int window,
            LocalDate today) {
        LocalDate closes = due.plusDays(window);
        if (!today.isBefore(due) && today.isBefore(closes)) {
            open.add(new SurveyOccurrence(kind, m.pairingId(), m.programmeId(), due, closes));
        }
    }
}
