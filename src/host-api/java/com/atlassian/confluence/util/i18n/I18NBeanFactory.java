// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2
package com.atlassian.confluence.util.i18n;

import java.util.Locale;

public interface I18NBeanFactory {

    I18NBean getI18NBean(Locale locale);
}
