// Stand-in for com.atlassian.activeobjects:activeobjects-plugin.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.activeobjects.external;

public class FailedFastCountException extends Exception {
    public FailedFastCountException(Throwable cause) {
        super(cause);
    }
}
