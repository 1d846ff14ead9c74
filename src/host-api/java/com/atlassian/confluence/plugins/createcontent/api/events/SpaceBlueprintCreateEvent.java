// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.plugins.createcontent.impl.SpaceBlueprint;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/** Published once a space has been created from a space blueprint, its pages in place. */
@SuppressWarnings("deprecation")
public class SpaceBlueprintCreateEvent
        extends com.atlassian.confluence.plugins.createcontent.events.SpaceBlueprintCreateEvent {

    public SpaceBlueprintCreateEvent(Object src, Space space, SpaceBlueprint spaceBlueprint, ConfluenceUser creator,
                                     Map<String, Object> context) {
        super(src, space, spaceBlueprint, creator, context);
    }
}
