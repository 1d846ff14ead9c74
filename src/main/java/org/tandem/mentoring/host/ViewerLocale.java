package org.tandem.mentoring.host;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The one place that asks the host which language a person reads (the person of the current request, or a mail's
 * recipient): their Confluence
 * language, else the site's default (Confluence's own rule), else English.
 */
@Named
public class ViewerLocale {

    private final LocaleManager localeManager;
    private final UserAccessor userAccessor;

    public ViewerLocale(LocaleManager localeManager, UserAccessor userAccessor) {
        this.localeManager = localeManager;
        this.userAccessor = userAccessor;
    }

    public Locale get() {
        Locale locale = localeManager.getLocale(AuthenticatedUserThreadLocal.get());
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** The language another person reads (a mail's recipient), by the same rule. */
    public Locale of(String userKey) {
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        Locale locale = localeManager.getLocale(user);
        return locale == null ? Locale.ENGLISH : locale;
    }
}
