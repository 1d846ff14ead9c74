// Stand-in for com.atlassian.sal:sal-api.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.sal.api.pluginsettings;

// Values are String, List<String>, Map<String, String> or Properties.
public interface PluginSettings {

    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
