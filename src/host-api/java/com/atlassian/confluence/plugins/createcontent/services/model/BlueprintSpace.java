// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: decompiled Confluence 8.7.2 (SoftwareSpaceCreator reads getSpace()); the constructor is the stand-in's own
package com.atlassian.confluence.plugins.createcontent.services.model;

import com.atlassian.confluence.spaces.Space;

public class BlueprintSpace {

    private final Space space;

    public BlueprintSpace(Space space) {
        this.space = space;
    }

    public Space getSpace() {
        return space;
    }
}
