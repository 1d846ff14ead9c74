package org.tandem.mentoring.web;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.user.User;
import java.util.Locale;
import org.tandem.mentoring.host.ViewerLocale;
import org.tandem.mentoring.service.ViewerLanguage;

/** The viewer's language for tests of the web layer: everyone reads the one given language. */
public final class Languages {

    private Languages() {
    }

    public static ViewerLanguage english() {
        return fixed(Locale.UK);
    }

    public static ViewerLanguage fixed(Locale locale) {
        return new ViewerLanguage(new ViewerLocale(new LocaleManager() {
            @Override
            public Locale getLocale(User user) {
                return locale;
            }

            @Override
            public Locale getSiteDefaultLocale() {
                return locale;
            }
        }, null));
    }
}
