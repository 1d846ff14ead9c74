// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 (sal-confluence ConfluenceLocaleResolver calls getLocale((User) user) and getSiteDefaultLocale()); ONLYOFFICE connector for Confluence (getLocale(ConfluenceUser))
package com.atlassian.confluence.languages;

import com.atlassian.user.User;
import java.util.Locale;

/** The language Confluence shows to a person: their own setting, else the site's default. Other members left out. */
public interface LocaleManager {

    /** @param user the person, or null for an anonymous visitor (the site default then) */
    Locale getLocale(User user);

    Locale getSiteDefaultLocale();
}
