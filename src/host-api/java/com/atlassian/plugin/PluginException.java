// Stand-in for com.atlassian.plugins:atlassian-plugins-api.
// seen: UNCONFIRMED (reference notes only; no source read)
package com.atlassian.plugin;

public class PluginException extends RuntimeException {

    public PluginException() {
        super();
    }

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
