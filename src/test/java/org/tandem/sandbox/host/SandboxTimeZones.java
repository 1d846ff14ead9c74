package org.tandem.sandbox.host;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SAL's TimeZoneManager in the sandbox: the zone a person chose in their profile, else the site default, UTC (as
 * Confluence answers the default for whoever never chose one). Kept in memory.
 */
public final class SandboxTimeZones implements TimeZoneManager {

    private static final TimeZone SITE = TimeZone.getTimeZone("UTC");

    private final Map<String, TimeZone> chosen = new ConcurrentHashMap<>();

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
        TimeZone zone = userKey == null ? null : chosen.get(userKey.getStringValue());
        return (TimeZone) (zone == null ? getDefaultTimeZone() : zone).clone();
    }

    @Override
    public TimeZone getDefaultTimeZone() {
        return (TimeZone) SITE.clone();
    }
}
