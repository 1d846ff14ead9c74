package org.tandem.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The sandbox's clock: the system clock plus an offset that tests and the simulated year move forward. */
public final class SandboxClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock on (or back, with a negative duration); the system clock keeps ticking underneath. */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Sets the clock so that it reads {@code now} at this moment. */
    public void set(Instant now) {
        offset = Duration.between(Instant.now(), now);
    }

    public Duration offset() {
        return offset;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
