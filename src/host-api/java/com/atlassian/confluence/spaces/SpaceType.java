// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.spaces;

import java.io.Serializable;

// A class with constants in the real API (not an enum); custom space types are left out.
public class SpaceType implements Serializable, Comparable<SpaceType> {

    public static final SpaceType GLOBAL = new SpaceType("global");
    public static final SpaceType PERSONAL = new SpaceType("personal");

    private final String spaceTypeString;

    private SpaceType(String spaceTypeString) {
        this.spaceTypeString = spaceTypeString;
    }

    public static boolean isPersonal(Space space) {
        return PERSONAL.equals(space.getSpaceType());
    }

    public static boolean isGlobal(Space space) {
        return GLOBAL.equals(space.getSpaceType());
    }

    @Override
    public int compareTo(SpaceType other) {
        return spaceTypeString.compareTo(other.spaceTypeString);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpaceType && ((SpaceType) other).spaceTypeString.equals(spaceTypeString);
    }

    @Override
    public int hashCode() {
        return spaceTypeString.hashCode();
    }

    @Override
    public String toString() {
        return spaceTypeString;
    }
}
