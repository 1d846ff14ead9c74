// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: decompiled Confluence 8.7.2
package com.atlassian.confluence.plugins.createcontent.rest.entities;

import com.atlassian.confluence.plugins.createcontent.services.model.CreateBlueprintSpaceEntity;
import java.util.Map;

public class CreateBlueprintSpaceRestEntity implements CreateBlueprintSpaceEntity {

    private final String spaceKey;
    private final String name;
    private final String description;
    private final String permissions;
    private final String spaceBlueprintId;
    private final Map<String, Object> context;

    public CreateBlueprintSpaceRestEntity(String spaceKey, String name, String description, String permissions,
            String spaceBlueprintId, Map<String, Object> context) {
        this.spaceKey = spaceKey;
        this.name = name;
        this.description = description;
        this.permissions = permissions;
        this.spaceBlueprintId = spaceBlueprintId;
        this.context = context;
    }

    @Override
    public String getSpaceKey() {
        return spaceKey;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public String getPermissions() {
        return permissions;
    }

    @Override
    public String getSpaceBlueprintId() {
        return spaceBlueprintId;
    }

    @Override
    public Map<String, Object> getContext() {
        return context;
    }
}
