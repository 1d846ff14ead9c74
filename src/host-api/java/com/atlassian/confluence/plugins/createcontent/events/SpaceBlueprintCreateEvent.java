// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.plugins.createcontent.events;

import com.atlassian.confluence.event.events.space.SpaceEvent;
import com.atlassian.confluence.event.events.types.Created;
import com.atlassian.confluence.plugins.createcontent.impl.SpaceBlueprint;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/** The deprecated original; listeners take the subclass in the api.events package. */
@Deprecated
public class SpaceBlueprintCreateEvent extends SpaceEvent implements Created {

    private final SpaceBlueprint spaceBlueprint;
    private final ConfluenceUser creator;
    private final Map<String, Object> context;

    public SpaceBlueprintCreateEvent(Object src, Space space, SpaceBlueprint spaceBlueprint, ConfluenceUser creator,
                                     Map<String, Object> context) {
        super(src, space);
        this.spaceBlueprint = spaceBlueprint;
        this.creator = creator;
        this.context = context;
    }

    public Map<String, Object> getContext() {
        return context;
    }

    public SpaceBlueprint getSpaceBlueprint() {
        return spaceBlueprint;
    }

    public ConfluenceUser getCreator() {
        return creator;
    }
}
