package org.tandem.mentoring.domain.survey;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class SurveyScheduleTest {

    private static final LocalDate START = LocalDate.parse("2026-01-01");
    private static final LocalDate END = LocalDate.parse("2026-12-31");
    private static final LocalDate ACTIVE = LocalDate.parse("2026-02-01");

    private static SurveySchedule.Membership mentee(LocalDate endedOn) {
        return new SurveySchedule.Membership(42, 7, ACTIVE, endedOn, START, END, true);
    }

    private static SurveySchedule.Membership mentor(LocalDate endedOn) {
        return new SurveySchedule.Membership(42, 7, ACTIVE, endedOn, START, END, false);
    }

    private static List<String> open(SurveySchedule.Membership m, String day) {
        return SurveySchedule.open(m, LocalDate.parse(day)).stream().map(SurveyOccurrence::key).toList();
    }

    @Test
    public void open_shouldAskTheFirstPulseThirtyDaysAfterThePairingBecameActive() {
        assertEquals(List.of(), open(mentee(null), "2026-03-02"));
        assertEquals(List.of("survey:pulse:42:2026-03-03"), open(mentee(null), "2026-03-03"));
        assertEquals(List.of("survey:pulse:42:2026-03-03"), open(mentor(null), "2026-03-23"));
        assertEquals(List.of(), open(mentee(null), "2026-03-24"));
    }

    @Test
    public void open_shouldAskThePulseEverySixtyDaysWhileThePairingRuns() {
        assertEquals(List.of("survey:pulse:42:2026-05-02"), open(mentor(null), "2026-05-02"));
        assertEquals(List.of("survey:pulse:42:2026-07-01"), open(mentor(null), "2026-07-05"));
        assertEquals(List.of(), open(mentor(LocalDate.parse("2026-06-01")), "2026-07-05"));
    }

    @Test
    public void open_shouldAskTheMenteeTheStatementsAtTheMidPointAndNearTheEnd() {
        assertEquals(List.of("survey:pulse:42:2026-07-01"), open(mentee(null), "2026-07-01"));
        assertEquals(List.of("survey:pulse:42:2026-07-01", "survey:midpoint:42:2026-07-02"),
                open(mentee(null), "2026-07-02"));
        assertEquals(List.of("survey:pulse:42:2026-07-01"), open(mentor(null), "2026-07-02"));
        assertEquals(List.of("survey:midpoint:42:2026-07-02"), open(mentee(null), "2026-07-31"));
        assertEquals(List.of(), open(mentee(null), "2026-08-01"));
        assertTrue(open(mentee(null), "2026-12-17").contains("survey:end:42:2026-12-17"));
        assertTrue(open(mentee(null), "2027-01-15").contains("survey:end:42:2026-12-17"));
    }

    @Test
    public void open_shouldNotAskStatementsOfAPairingThatWasNotActiveThatDay() {
        assertEquals(List.of(), open(mentee(LocalDate.parse("2026-06-15")), "2026-07-02").stream()
                .filter(k -> k.contains("midpoint")).toList());
        SurveySchedule.Membership late = new SurveySchedule.Membership(42, 7, LocalDate.parse("2026-08-01"), null,
                START, END, true);
        assertEquals(List.of(), open(late, "2026-07-02"));
    }

    @Test
    public void open_shouldAskBothTheClosureSurveyFromTheDayThePairingEnded() {
        LocalDate ended = LocalDate.parse("2026-06-15");
        assertEquals(List.of("survey:closure:42:2026-06-15"), open(mentor(ended), "2026-06-15"));
        assertEquals(List.of("survey:closure:42:2026-06-15"), open(mentee(ended), "2026-07-14"));
        assertEquals(List.of(), open(mentee(ended), "2026-07-15"));
    }

    @Test
    public void open_shouldAskTheClosureSurveyTheDayAfterTheProgrammeEndedForAPairStillRunning() {
        assertTrue(open(mentor(null), "2027-01-01").contains("survey:closure:42:2027-01-01"));
        assertTrue(open(mentor(LocalDate.parse("2027-01-20")), "2027-01-20")
                .contains("survey:closure:42:2027-01-01"));
    }

    @Test
    public void open_shouldAskNothingBeforeThePairingBecameActiveOrWithoutProgrammeDates() {
        SurveySchedule.Membership undated = new SurveySchedule.Membership(42, 7, ACTIVE, null, null, null, true);
        assertEquals(List.of(), open(undated, "2026-01-15"));
        assertEquals(List.of("survey:pulse:42:2026-03-03"), open(undated, "2026-03-10"));
    }

    private static SurveySchedule.Membership manager(LocalDate endedOn) {
        return new SurveySchedule.Membership(42, 7, ACTIVE, endedOn, START, END, false, true);
    }

    @Test
    public void open_shouldAskTheFormerMenteeAndTheManagerThreeMonthsAfterThePairingEnded() {
        LocalDate ended = LocalDate.parse("2026-06-15");
        assertEquals(List.of(), open(mentee(ended), "2026-09-14"));
        assertEquals(List.of("survey:alumni:42:2026-09-15"), open(mentee(ended), "2026-09-15"));
        assertEquals(List.of("survey:alumni:42:2026-09-15"), open(manager(ended), "2026-10-14"));
        assertEquals(List.of(), open(manager(ended), "2026-10-15"));
        assertEquals(List.of(), open(mentor(ended), "2026-09-15"));
    }

    @Test
    public void open_shouldAskTheAlumniCheckInThreeMonthsAfterTheProgrammeEndedForAPairStillRunningThen() {
        assertEquals(List.of(), open(mentee(null), "2027-03-31"));
        assertEquals(List.of("survey:alumni:42:2027-04-01"), open(mentee(null), "2027-04-01"));
        assertEquals(List.of("survey:alumni:42:2027-04-01"), open(manager(null), "2027-04-01"));
    }

    @Test
    public void open_shouldAskTheManagerNothingButTheMidPointFeedbackAndTheAlumniCheckIn() {
        assertEquals(List.of(), open(manager(null), "2026-03-03"));
        assertEquals(List.of(), open(manager(null), "2026-07-01"));
        assertEquals(List.of(), open(manager(null), "2027-01-01"));
        assertEquals(List.of(), open(manager(null), "2026-12-17"));
    }

    @Test
    public void open_shouldAskTheManagerForMidPointFeedbackOfAPairingActiveOnTheMiddleDay() {
        assertEquals(List.of("survey:manager_midpoint:42:2026-07-02"), open(manager(null), "2026-07-02"));
        assertEquals(List.of("survey:manager_midpoint:42:2026-07-02"), open(manager(null), "2026-07-31"));
        assertEquals(List.of(), open(manager(null), "2026-08-01"));
        assertEquals(List.of(), open(manager(LocalDate.parse("2026-06-15")), "2026-07-02"));
        assertTrue(open(mentee(null), "2026-07-02").stream().noneMatch(k -> k.contains("manager_midpoint")));
        assertTrue(open(mentor(null), "2026-07-02").stream().noneMatch(k -> k.contains("manager_midpoint")));
    }
}
