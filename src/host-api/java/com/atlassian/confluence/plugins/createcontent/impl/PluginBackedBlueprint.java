// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.plugins.createcontent.impl;

import java.util.UUID;

public abstract class PluginBackedBlueprint extends UuidBacked {

    private String moduleCompleteKey;
    private String i18nNameKey;
    private boolean pluginClone;

    protected PluginBackedBlueprint() {
    }

    protected PluginBackedBlueprint(UUID id, String moduleCompleteKey, String i18nNameKey, boolean pluginClone) {
        super(id);
        this.moduleCompleteKey = moduleCompleteKey;
        this.i18nNameKey = i18nNameKey;
        this.pluginClone = pluginClone;
    }

    public String getModuleCompleteKey() {
        return moduleCompleteKey;
    }

    public String getI18nNameKey() {
        return i18nNameKey;
    }

    public boolean isPluginClone() {
        return pluginClone;
    }

    public void setModuleCompleteKey(String moduleCompleteKey) {
        this.moduleCompleteKey = moduleCompleteKey;
    }

    public void setI18nNameKey(String i18nNameKey) {
        this.i18nNameKey = i18nNameKey;
    }

    public void setPluginClone(boolean pluginClone) {
        this.pluginClone = pluginClone;
    }
}
