package org.tandem.mentoring.service.pairing;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.RunProgressRepository;

/**
 * Where a programme's matching run is, for the pairing board while the coordinator waits: the run records each
 * phase it begins (reading, preparing the scores, solving, storing; then done or failed) in a row of its own
 * ({@link RunProgressRepository}), and the board asks for it. A run holds one transaction from start to end, and a
 * write inside it would be seen by nobody until it ends; so each phase is written in its own short transaction on
 * a thread of this service, in order, and any request on any node of a cluster sees it while the run still works.
 * The run does not wait for them, but for the last (done or failed), and for that a short while at most: the progress
 * is worth less than the run, and a failed write only leaves the board with less to show. A run that stopped without saying so (its node died) leaves its phase behind;
 * a phase not written for {@link #STALE} is read as no run at all.
 */
@Named
public class RunProgress implements DisposableBean {

    /** How long a running phase is believed without a newer write. */
    static final Duration STALE = Duration.ofMinutes(3);
    /** How long a run waits at its end for its progress writes before it answers without them. */
    private static final long WAIT_MS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(RunProgress.class);

    /** The phases of a run, in order. */
    public enum Phase {
        READ, PREPARE, SOLVE, STORE, DONE, FAILED;

        public boolean running() {
            return this != DONE && this != FAILED;
        }

        /** The phase's name in the REST API and the board's script. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What the board shows: the phase of the programme's last run and the milliseconds since it started (or, once it
     * ended, that it took); {@code phase} null when no run ever recorded one or its record went stale.
     */
    public record Status(Phase phase, long elapsedMs, boolean stale) {

        static final Status IDLE = new Status(null, 0, false);

        public boolean running() {
            return phase != null && phase.running();
        }
    }

    private final ProgrammeGate gate;
    private final RunProgressRepository records;
    private final Clock clock;
    private final ExecutorService writer;

    @Inject
    public RunProgress(ProgrammeGate gate, RunProgressRepository records, HostClock hostClock) {
        this(gate, records, hostClock.clock());
    }

    RunProgress(ProgrammeGate gate, RunProgressRepository records, Clock clock) {
        this.gate = gate;
        this.records = records;
        this.clock = clock;
        this.writer = records == null ? null : Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "tandem-run-progress");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The progress of a run of the programme about to start; with no {@code progress} (unit tests) nothing is kept. */
    static Run of(RunProgress progress, int programmeId) {
        return progress == null ? new RunProgress(null, null, (Clock) null).of(0) : progress.of(programmeId);
    }

    /** The progress of the programme's last run: for its coordinators only ("not found" or "forbidden" otherwise). */
    public Status status(int programmeId) {
        String viewer = gate.signedIn(PairingRefusals.FORBIDDEN + "sign-in");
        return gate.inTransaction(() -> {
            gate.coordinated(programmeId, viewer, () -> PairingRefusals.programmeNotFound(programmeId),
                    PairingRefusals.FORBIDDEN + "not-coordinator");
            return records.find(programmeId).map(this::status).orElse(Status.IDLE);
        });
    }

    private Status status(RunProgressRepository.Progress record) {
        Phase phase;
        try {
            phase = Phase.valueOf(record.phase());
        } catch (IllegalArgumentException e) {
            return Status.IDLE;
        }
        Instant now = clock.instant();
        if (!phase.running()) {
            return new Status(phase, Duration.between(record.startedAt(), record.updatedAt()).toMillis(), false);
        }
        if (record.updatedAt().plus(STALE).isBefore(now)) {
            return new Status(null, 0, true);
        }
        return new Status(phase, Math.max(0, Duration.between(record.startedAt(), now).toMillis()), false);
    }

    /** The progress of a run of the programme about to start; nothing is recorded before its first phase. */
    Run of(int programmeId) {
        return new Run(programmeId);
    }

    @Override
    public void destroy() {
        if (writer != null) {
            writer.shutdownNow();
        }
    }

    /** One run's progress: its phases written in order, each in a transaction of its own. */
    final class Run implements RunTimings.Listener {

        private final int programmeId;
        private Instant startedAt;
        private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

        private Run(int programmeId) {
            this.programmeId = programmeId;
        }

        /** The marks of {@link RunTimings.Marks} begin the phases READ to STORE, in their order. */
        @Override
        public void reached(int mark) {
            if (mark <= Phase.STORE.ordinal()) {
                reached(Phase.values()[mark]);
            }
        }

        /**
         * Records that the run began {@code phase}; the first phase starts the run's clock. The write is queued behind
         * the run's earlier ones and the run goes on; for its end (done or failed) the run waits for the queue, a
         * short while at most, so that the record is final when the answer leaves.
         */
        void reached(Phase phase) {
            if (writer == null) {
                return;
            }
            Instant now = clock.instant();
            if (startedAt == null) {
                startedAt = now;
            }
            Instant started = startedAt;
            last = last.handle((ignored, failure) -> {
                if (failure != null) {
                    LOG.warn("Tandem: the progress of the matching run of programme {} could not be written: {}",
                            programmeId, failure.toString());
                }
                return null;
            }).thenRunAsync(() -> records.write(programmeId, phase.name(), started, now), writer);
            if (!phase.running()) {
                awaitWrites();
            }
        }

        private void awaitWrites() {
            try {
                last.get(WAIT_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                LOG.warn("Tandem: the progress of the matching run of programme {} was not written within {} ms",
                        programmeId, WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.warn("Tandem: the progress of the matching run of programme {} could not be written: {}",
                        programmeId, e.toString());
            }
        }

        /**
         * Runs {@code work}, the whole run with its transaction, and records that it is done or that it failed once
         * it returned (when it had begun its first phase).
         */
        <T> T track(Supplier<T> work) {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                if (startedAt != null) {
                    reached(Phase.FAILED);
                }
                throw e;
            }
            if (startedAt != null) {
                reached(Phase.DONE);
            }
            return result;
        }
    }
}
