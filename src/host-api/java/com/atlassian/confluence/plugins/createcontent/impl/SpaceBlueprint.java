// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.plugins.createcontent.impl;

import com.atlassian.confluence.plugins.dialog.wizard.api.DialogWizard;
import com.atlassian.plugin.ModuleCompleteKey;
import java.util.List;
import java.util.UUID;

public class SpaceBlueprint extends PluginBackedBlueprint {

    private UUID homePageId;
    private DialogWizard dialogWizard;
    private List<ModuleCompleteKey> promotedBps;
    private String category;

    private SpaceBlueprint() {
    }

    public SpaceBlueprint(UUID id, String moduleCompleteKey, String i18nNameKey, boolean pluginClone,
                          List<ModuleCompleteKey> promotedBps, DialogWizard dialogWizard, String category) {
        super(id, moduleCompleteKey, i18nNameKey, pluginClone);
        this.promotedBps = promotedBps;
        this.dialogWizard = dialogWizard;
        this.category = category;
    }

    public UUID getHomePageId() {
        return homePageId;
    }

    public DialogWizard getDialogWizard() {
        return dialogWizard;
    }

    public List<ModuleCompleteKey> getPromotedBps() {
        return promotedBps;
    }

    public String getCategory() {
        return category;
    }

    public void setHomePageId(UUID homePageId) {
        this.homePageId = homePageId;
    }

    public void setPromotedBps(List<ModuleCompleteKey> promotedBps) {
        this.promotedBps = promotedBps;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
