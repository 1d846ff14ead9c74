// Stand-in for com.atlassian.sal:sal-api.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;

public interface LocaleResolver {

    Locale getLocale(HttpServletRequest request);

    Locale getLocale();

    Locale getLocale(UserKey userKey);

    Locale getApplicationLocale();

    Set<Locale> getSupportedLocales();
}
