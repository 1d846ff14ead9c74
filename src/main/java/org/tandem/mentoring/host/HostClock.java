package org.tandem.mentoring.host;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The time Tandem's scheduled work and date rules read. Confluence offers no clock service, so in Confluence this is
 * the system clock in UTC; a host that provides a {@link Clock} (the sandbox, whose clock a test can move on) is used
 * instead.
 */
@Named
public class HostClock {

    private final Clock clock;

    @Inject
    public HostClock(Optional<Clock> hostClock) {
        this.clock = hostClock.orElse(Clock.systemUTC());
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }
}
