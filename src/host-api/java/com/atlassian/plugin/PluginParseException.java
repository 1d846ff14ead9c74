// Stand-in for com.atlassian.plugins:atlassian-plugins-api.
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
