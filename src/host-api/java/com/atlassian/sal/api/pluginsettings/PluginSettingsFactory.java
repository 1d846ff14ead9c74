// Stand-in for com.atlassian.sal:sal-api.
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettingsFactory {

    PluginSettings createSettingsForKey(String key);

    PluginSettings createGlobalSettings();
}
