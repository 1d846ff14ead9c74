// Stand-in for com.atlassian.plugins:atlassian-plugins-api.
// seen: onlyoffice-confluence 7.x (Confluence 10.0.3)
package com.atlassian.plugin;

public class PluginParseException extends PluginException {

    public PluginParseException() {
        super();
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
