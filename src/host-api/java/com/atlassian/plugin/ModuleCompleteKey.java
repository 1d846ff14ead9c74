// Stand-in for com.atlassian.plugins:atlassian-plugins-api.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.plugin;

public final class ModuleCompleteKey {

    private static final String SEPARATOR = ":";

    private final String pluginKey;
    private final String moduleKey;

    public ModuleCompleteKey(String completeKey) {
        this(pluginKeyOf(completeKey), moduleKeyOf(completeKey));
    }

    public ModuleCompleteKey(String pluginKey, String moduleKey) {
        this.pluginKey = pluginKey == null ? "" : pluginKey.trim();
        if (this.pluginKey.isEmpty() || this.pluginKey.contains(SEPARATOR)) {
            throw new IllegalArgumentException("Invalid plugin key specified: " + this.pluginKey);
        }
        this.moduleKey = moduleKey == null ? "" : moduleKey.trim();
        if (this.moduleKey.isEmpty()) {
            throw new IllegalArgumentException("Invalid module key specified: " + this.moduleKey);
        }
    }

    private static String pluginKeyOf(String completeKey) {
        return completeKey == null ? "" : completeKey.split(SEPARATOR)[0];
    }

    private static String moduleKeyOf(String completeKey) {
        if (completeKey == null) {
            return "";
        }
        String[] parts = completeKey.split(SEPARATOR, 2);
        return parts.length == 2 ? parts[1] : "";
    }

    public String getPluginKey() {
        return pluginKey;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public String getCompleteKey() {
        return pluginKey + SEPARATOR + moduleKey;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        ModuleCompleteKey that = (ModuleCompleteKey) other;
        return pluginKey.equals(that.pluginKey) && moduleKey.equals(that.moduleKey);
    }

    @Override
    public int hashCode() {
        return 31 * pluginKey.hashCode() + moduleKey.hashCode();
    }

    @Override
    public String toString() {
        return getCompleteKey();
    }
}
