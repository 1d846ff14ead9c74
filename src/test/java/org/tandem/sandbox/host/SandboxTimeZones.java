package org.tandem.sandbox.host;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * SAL's TimeZoneManager in the sandbox: the zone a person chose in their profile, else the site default, UTC (as
 * Confluence answers the default for whoever never chose one). Kept in memory.
 */
public final class SandboxTimeZones implements TimeZoneManager {

    private static final TimeZone SITE = TimeZone.getTimeZone("UTC");

    private final Map<String, TimeZone> chosen = new ConcurrentHashMap<>();
    private final AtomicReference<Hold> hold = new AtomicReference<>();

    /** A lookup held: {@code reached} counted down when it begins, then waiting for {@code release}. */
    public record Hold(CountDownLatch reached, CountDownLatch release) {
    }

    /**
     * For tests: the next lookup of a person's zone made by a matching run (it reads them while it reads the
     * applications; the settings panel's preview, which reads them too, is let through) counts {@code hold.reached}
     * down and waits until {@code hold.release} is counted down (a minute at most).
     */
    public void holdNextLookup(Hold next) {
        hold.set(next);
    }

    /** Stores the zone the person chose in their profile. */
    public void choose(String userKey, String zoneId) {
        chosen.put(userKey, TimeZone.getTimeZone(ZoneId.of(zoneId)));
    }

    @Override
    public TimeZone getUserTimeZone() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user == null || user.getKey() == null ? getDefaultTimeZone() : getUserTimeZone(user.getKey());
    }

    @Override
    public TimeZone getUserTimeZone(UserKey userKey) {
        Hold held = hold.get();
        if (held != null && inMatchingRun() && hold.compareAndSet(held, null)) {
            held.reached().countDown();
            try {
                held.release().await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        TimeZone zone = userKey == null ? null : chosen.get(userKey.getStringValue());
        return (TimeZone) (zone == null ? getDefaultTimeZone() : zone).clone();
    }

    @Override
    public TimeZone getDefaultTimeZone() {
        return (TimeZone) SITE.clone();
    }

    /** Whether this thread is in a matching run ({@code PairingRuns.run}, or its transaction's lambda). */
    private static boolean inMatchingRun() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(frame -> frame.getClassName()
                .equals("org.tandem.mentoring.service.pairing.PairingRuns") && (frame.getMethodName().equals("run")
                || frame.getMethodName().startsWith("lambda$run$"))));
    }
}
