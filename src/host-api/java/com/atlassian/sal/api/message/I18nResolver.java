// Stand-in for com.atlassian.sal:sal-api.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

// The Message / MessageCollection members are left out.
public interface I18nResolver {

    String getRawText(String key);

    String getRawText(Locale locale, String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);

    String getText(String key);

    String getText(Locale locale, String key);

    Map<String, String> getAllTranslationsForPrefix(String prefix);

    Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale);
}
