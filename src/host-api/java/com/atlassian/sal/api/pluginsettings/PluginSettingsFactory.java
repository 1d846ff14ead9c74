// Stand-in for com.atlassian.sal:sal-api.
// seen: onlyoffice-confluence 7.x (Confluence 10.0.3)
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettingsFactory {

    PluginSettings createSettingsForKey(String key);

    PluginSettings createGlobalSettings();
}
