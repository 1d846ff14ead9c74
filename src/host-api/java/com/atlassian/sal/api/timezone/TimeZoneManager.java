// Stand-in for com.atlassian.sal:sal-api.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.sal.api.timezone;

import com.atlassian.sal.api.user.UserKey;
import java.util.TimeZone;

public interface TimeZoneManager {

    TimeZone getUserTimeZone();

    TimeZone getUserTimeZone(UserKey userKey);

    TimeZone getDefaultTimeZone();
}
