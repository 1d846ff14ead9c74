package org.tandem.mentoring.host;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The one place that asks the host which language the person of the current request reads: their Confluence
 * language, else the site's default (Confluence's own rule), else English.
 */
@Named
public class ViewerLocale {

    private final LocaleManager localeManager;

    public ViewerLocale(LocaleManager localeManager) {
        this.localeManager = localeManager;
    }

    public Locale get() {
        Locale locale = localeManager.getLocale(AuthenticatedUserThreadLocal.get());
        return locale == null ? Locale.ENGLISH : locale;
    }
}
