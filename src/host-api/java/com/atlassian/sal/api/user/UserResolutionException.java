// Stand-in for com.atlassian.sal:sal-api.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.sal.api.user;

public class UserResolutionException extends RuntimeException {

    public UserResolutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public UserResolutionException(Throwable cause) {
        super(cause);
    }

    public UserResolutionException(String message) {
        super(message);
    }
}
