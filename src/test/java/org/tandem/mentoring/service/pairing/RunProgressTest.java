package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.After;
import org.junit.Test;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.RunProgressRepository;

public class RunProgressTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final RunProgressRepository records = mock(RunProgressRepository.class);
    private final ProgrammeGate gate = mock(ProgrammeGate.class);
    private final RunProgress progress = new RunProgress(gate, records, Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<String> written = new CopyOnWriteArrayList<>();

    @After
    public void stop() {
        progress.destroy();
    }

    private void recordWrites() {
        doAnswer(invocation -> {
            written.add(invocation.getArgument(1) + " on " + Thread.currentThread().getName());
            return null;
        }).when(records).write(anyInt(), anyString(), any(), any());
    }

    @Test
    public void track_shouldWriteEachPhaseInOrderOnAThreadOfItsOwnAndDoneAfterTheRun() {
        recordWrites();
        RunProgress.Run run = progress.of(7);
        String result = run.track(() -> {
            RunTimings.Marks took = new RunTimings.Marks();
            took.reportTo(run);
            took.mark();
            took.mark();
            took.mark();
            took.mark();
            return "staged";
        });
        assertEquals("staged", result);
        assertEquals(List.of("READ", "PREPARE", "SOLVE", "STORE", "DONE"),
                written.stream().map(w -> w.substring(0, w.indexOf(' '))).toList());
        assertTrue(written.toString(), written.stream().allMatch(w -> w.endsWith("on tandem-run-progress")));
        verify(records, org.mockito.Mockito.times(5)).write(eq(7), anyString(), eq(NOW), eq(NOW));
    }

    @Test
    public void track_shouldWriteFailedWhenTheRunFailsAfterItBegan() {
        recordWrites();
        RunProgress.Run run = progress.of(7);
        IllegalStateException failure = new IllegalStateException("store refused");
        try {
            run.track(() -> {
                run.reached(RunProgress.Phase.READ);
                throw failure;
            });
            fail();
        } catch (IllegalStateException e) {
            assertSame(failure, e);
        }
        assertEquals(2, written.size());
        assertTrue(written.get(1), written.get(1).startsWith("FAILED"));
    }

    @Test
    public void track_shouldWriteNothingForARunRefusedBeforeItBegan() {
        RunProgress.Run run = progress.of(7);
        try {
            run.track(() -> {
                throw new Refusal.Forbidden("tandem.pairing.error.forbidden.not-coordinator");
            });
            fail();
        } catch (Refusal.Forbidden expected) {
            verify(records, never()).write(anyInt(), anyString(), any(), any());
        }
    }

    @Test
    public void track_shouldFinishTheRunWhenItsProgressCannotBeWritten() {
        doThrow(new IllegalStateException("database gone")).when(records).write(anyInt(), anyString(), any(), any());
        RunProgress.Run run = progress.of(7);
        assertEquals("staged", run.track(() -> {
            run.reached(RunProgress.Phase.READ);
            run.reached(RunProgress.Phase.SOLVE);
            return "staged";
        }));
        verify(records).write(7, "DONE", NOW, NOW);
    }

    @Test
    public void of_shouldWriteNothingWithoutProgress() {
        RunProgress.Run run = RunProgress.of(null, 7);
        assertEquals("staged", run.track(() -> {
            run.reached(RunProgress.Phase.READ);
            return "staged";
        }));
        verify(records, never()).write(anyInt(), anyString(), any(), any());
    }

    @Test
    @SuppressWarnings("unchecked")
    public void status_shouldReadARunningPhaseAsStaleAfterMinutesWithoutAWrite() {
        when(gate.signedIn(anyString())).thenReturn("coord");
        when(gate.inTransaction(any(Supplier.class))).thenAnswer(i -> ((Supplier<Object>) i.getArgument(0)).get());
        Instant started = NOW.minus(Duration.ofMinutes(5));
        when(records.find(7)).thenReturn(Optional.of(new RunProgressRepository.Progress(7, "SOLVE", started,
                NOW.minus(RunProgress.STALE).minusSeconds(1))));
        RunProgress.Status stale = progress.status(7);
        assertNull(stale.phase());
        assertTrue(stale.stale());
        assertFalse(stale.running());

        when(records.find(7)).thenReturn(Optional.of(new RunProgressRepository.Progress(7, "SOLVE", started,
                NOW.minusSeconds(30))));
        RunProgress.Status live = progress.status(7);
        assertEquals(RunProgress.Phase.SOLVE, live.phase());
        assertEquals(Duration.ofMinutes(5).toMillis(), live.elapsedMs());
        assertTrue(live.running());

        when(records.find(7)).thenReturn(Optional.of(new RunProgressRepository.Progress(7, "DONE", started,
                started.plusMillis(1500))));
        RunProgress.Status done = progress.status(7);
        assertEquals(1500, done.elapsedMs());
        assertFalse(done.running());

        when(records.find(7)).thenReturn(Optional.empty());
        assertNull(progress.status(7).phase());
        assertNotEquals(RunProgress.Status.IDLE, stale);
        verify(gate, org.mockito.Mockito.times(4)).coordinated(eq(7), eq("coord"), any(), anyString());
    }
}
