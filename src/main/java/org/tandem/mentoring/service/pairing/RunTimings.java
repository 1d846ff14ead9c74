package org.tandem.mentoring.service.pairing;

/**
 * How long the parts of a matching run took, in milliseconds: reading the applications, the org chart and the
 * programme's pairings; preparing the engine's score graph; solving it; storing the staged pairs and reading them
 * back for the answer.
 */
public record RunTimings(long readMs, long prepareMs, long solveMs, long storeMs) {

    /** For a result that was not timed. */
    public static final RunTimings NONE = new RunTimings(0, 0, 0, 0);

    /** Marks the end of each part of a run, in order, on {@link System#nanoTime()}. */
    static final class Marks {
        private final long[] marks = new long[5];
        private int next;

        Marks() {
            mark();
        }

        void mark() {
            marks[next++] = System.nanoTime();
        }

        RunTimings timings() {
            return new RunTimings(ms(0), ms(1), ms(2), ms(3));
        }

        private long ms(int part) {
            return (marks[part + 1] - marks[part]) / 1_000_000L;
        }
    }
}
