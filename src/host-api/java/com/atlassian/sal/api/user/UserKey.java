// Stand-in for com.atlassian.sal:sal-api.
// seen: onlyoffice-confluence 7.x (Confluence 10.0.3); atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    public static UserKey fromLong(long userId) {
        return new UserKey(String.valueOf(userId));
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return userkey.equals(((UserKey) other).userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
