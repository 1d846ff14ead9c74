// Stand-in for com.atlassian.sal:sal-api.
package com.atlassian.sal.api.pluginsettings;

// Values are String, List<String>, Map<String, String> or Properties.
public interface PluginSettings {

    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
