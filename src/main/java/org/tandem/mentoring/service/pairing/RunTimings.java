package org.tandem.mentoring.service.pairing;

/**
 * How long the parts of a matching run took, in milliseconds: reading the applications, the org chart and the
 * programme's pairings; preparing the engine's score graph; solving it; storing the staged pairs and reading them
 * back for the answer.
 */
public record RunTimings(long readMs, long prepareMs, long solveMs, long storeMs) {

    /** For a result that was not timed. */
    public static final RunTimings NONE = new RunTimings(0, 0, 0, 0);

    /** Hears a run begin each of its parts: 0 reading, 1 preparing, 2 solving, 3 storing, 4 the end of storing. */
    interface Listener {
        void reached(int mark);
    }

    /** Marks the end of each part of a run, in order, on {@link System#nanoTime()}. */
    static final class Marks {
        private final long[] marks = new long[5];
        private int next;
        private Listener listener;

        Marks() {
            mark();
        }

        void mark() {
            marks[next++] = System.nanoTime();
            if (listener != null) {
                listener.reached(next - 1);
            }
        }

        /** Tells {@code listener} of the part under way now and of each mark from here on. */
        void reportTo(Listener listener) {
            this.listener = listener;
            listener.reached(next - 1);
        }

        RunTimings timings() {
            return new RunTimings(ms(0), ms(1), ms(2), ms(3));
        }

        private long ms(int part) {
            return (marks[part + 1] - marks[part]) / 1_000_000L;
        }
    }
}
