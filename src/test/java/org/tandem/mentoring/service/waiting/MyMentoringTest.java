package org.tandem.mentoring.service.waiting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.jobs.DailyJobs;
import org.tandem.mentoring.store.JobRunLog;

/** My mentoring gathers every source's answer for the signed-in person only, oldest first, with their choices. */
public class MyMentoringTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-04-12");

    private final HostUsers users = mock(HostUsers.class);
    private final JobRunLog log = mock(JobRunLog.class);
    private final HostClock clock = new HostClock(Optional.of(Clock.fixed(Instant.parse("2027-04-12T08:00:00Z"),
            ZoneOffset.UTC)));
    private final WaitingSource first = mock(WaitingSource.class);
    private final WaitingSource second = mock(WaitingSource.class);
    private final MyMentoring myMentoring = new MyMentoring(List.of(first, second), users, log,
            new DailyJobs(log, clock), clock);

    @Test
    public void mine_shouldListEverySourcesItemsForTheViewerOldestFirst() {
        when(users.currentUserKey()).thenReturn(Optional.of("mia"));
        when(first.waitingFor("mia", TODAY)).thenReturn(List.of(item("book:1", "2027-04-10")));
        when(second.waitingFor("mia", TODAY)).thenReturn(List.of(item("decide:2", "2027-03-01")));
        when(log.preference("mia")).thenReturn(new JobRunLog.MailPreference(true, false));

        MyMentoring.View view = myMentoring.mine();

        assertEquals(List.of("decide:2", "book:1"), view.waiting().stream().map(Waiting::key).toList());
        assertFalse(view.remindersOn());
    }

    @Test
    public void choose_shouldStoreTheSignedInPersonsOwnChoice() {
        when(users.currentUserKey()).thenReturn(Optional.of("mia"));
        when(log.preference("mia")).thenReturn(JobRunLog.MailPreference.DEFAULT);

        myMentoring.choose(false, true);

        verify(log).setPreference(eq("mia"), eq(new JobRunLog.MailPreference(true, true)), anyLong());
    }

    @Test
    public void mine_shouldRefuseTheSignedOut() {
        when(users.currentUserKey()).thenReturn(Optional.empty());

        Refusal refusal = assertThrows(Refusal.Forbidden.class, myMentoring::mine);

        assertEquals(MyMentoring.SIGN_IN, refusal.messageKey());
        verifyNoInteractions(first, second);
    }

    private static Waiting item(String key, String since) {
        return new Waiting(key, key.substring(0, key.indexOf(':')), 1, "Programme", "Sam", "/display/P/Enrol",
                LocalDate.parse(since), key.startsWith("decide"));
    }
}
