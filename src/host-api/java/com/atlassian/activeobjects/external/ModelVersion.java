// Stand-in for com.atlassian.activeobjects:activeobjects-plugin.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1); members as decompiled 8.7.2
package com.atlassian.activeobjects.external;

/** As the real class: no equals or hashCode (compare with isSame or compareTo), no trimming in valueOf. */
public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String value) {
        return new ModelVersion(value == null ? 0 : Integer.parseInt(value));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
