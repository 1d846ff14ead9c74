// Stand-in for com.atlassian.confluence:confluence.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.confluence.security;

import java.io.Serializable;

/**
 * An abstract class with constant instances in the real API, not an enum. The real abstract method
 * checkAgainst(PermissionDelegate, User, Object) is host behaviour and left out.
 */
public abstract class Permission implements Serializable {

    public static final Permission VIEW = new Permission("VIEW") {
        @Override
        public boolean isMutative() {
            return false;
        }
    };
    public static final Permission EDIT = new Permission("EDIT") {
        @Override
        public boolean isMutative() {
            return true;
        }
    };
    public static final Permission SET_PERMISSIONS = new Permission("SET_PERMISSIONS") {
        @Override
        public boolean isMutative() {
            return true;
        }
    };
    public static final Permission REMOVE = new Permission("REMOVE") {
        @Override
        public boolean isMutative() {
            return true;
        }
    };
    public static final Permission EXPORT = new Permission("EXPORT") {
        @Override
        public boolean isMutative() {
            return false;
        }
    };
    public static final Permission ADMINISTER = new Permission("ADMINISTER") {
        @Override
        public boolean isMutative() {
            return false;
        }
    };

    private final String name;

    private Permission(String name) {
        this.name = name;
    }

    public abstract boolean isMutative();

    @Override
    public final boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public final int hashCode() {
        return super.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
