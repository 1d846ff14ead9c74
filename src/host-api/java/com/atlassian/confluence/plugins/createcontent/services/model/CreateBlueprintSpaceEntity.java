// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: decompiled Confluence 8.7.2 (CreateBlueprintSpaceRestEntity implements it)
package com.atlassian.confluence.plugins.createcontent.services.model;

import java.util.Map;

public interface CreateBlueprintSpaceEntity {

    String getSpaceKey();

    String getName();

    String getDescription();

    String getPermissions();

    String getSpaceBlueprintId();

    Map<String, Object> getContext();
}
