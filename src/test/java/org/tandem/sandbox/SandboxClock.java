package org.tandem.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The sandbox's clock: the system clock plus an offset that tests and the simulated year move forward. The offset
 * is kept in the sandbox's database, so that every node reads the same day; a node rereads it at most once every
 * {@link #REREAD} (its own moves at once).
 */
public final class SandboxClock extends Clock {

    static final Duration REREAD = Duration.ofSeconds(1);
    private static final String NAME = "clock-offset";

    private final SandboxHostState state;
    private Duration offset;
    private long readAt;

    public SandboxClock(SandboxHostState state) {
        this.state = state;
        this.offset = stored();
        this.readAt = System.nanoTime();
    }

    /** Moves the clock on (or back, with a negative duration); the system clock keeps ticking underneath. */
    public synchronized void advance(Duration by) {
        store(offset().plus(by));
    }

    /** Sets the clock so that it reads {@code now} at this moment. */
    public synchronized void set(Instant now) {
        store(Duration.between(Instant.now(), now));
    }

    public synchronized Duration offset() {
        if (System.nanoTime() - readAt > REREAD.toNanos()) {
            offset = stored();
            readAt = System.nanoTime();
        }
        return offset;
    }

    private Duration stored() {
        return state.get(NAME).map(v -> Duration.ofMillis(Long.parseLong(v))).orElse(Duration.ZERO);
    }

    private void store(Duration value) {
        state.put(NAME, Long.toString(value.toMillis()));
        readAt = System.nanoTime();
        offset = value;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset());
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset());
    }
}
