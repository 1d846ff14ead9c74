// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: decompiled Confluence 8.7.2 (confluence-project-create-plugin SoftwareSpaceCreator calls createSpace)
package com.atlassian.confluence.plugins.createcontent.api.services;

import com.atlassian.confluence.plugins.createcontent.services.model.BlueprintSpace;
import com.atlassian.confluence.plugins.createcontent.services.model.CreateBlueprintSpaceEntity;
import com.atlassian.confluence.user.ConfluenceUser;

/** Creates a space from a space blueprint, its pages and its event, as the create-space dialog does. */
public interface SpaceBlueprintService {

    BlueprintSpace createSpace(CreateBlueprintSpaceEntity entity, ConfluenceUser creator);
}
