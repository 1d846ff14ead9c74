// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: decompiled Confluence 8.7.2 (SoftwareSpaceCreator reads the two getters); the constructor is the stand-in's own
package com.atlassian.confluence.plugins.createcontent.rest.entities;

import java.util.UUID;

public class CreateDialogWebItemEntity {

    private final String blueprintModuleCompleteKey;
    private final UUID contentBlueprintId;

    public CreateDialogWebItemEntity(String blueprintModuleCompleteKey, UUID contentBlueprintId) {
        this.blueprintModuleCompleteKey = blueprintModuleCompleteKey;
        this.contentBlueprintId = contentBlueprintId;
    }

    public String getBlueprintModuleCompleteKey() {
        return blueprintModuleCompleteKey;
    }

    public UUID getContentBlueprintId() {
        return contentBlueprintId;
    }
}
