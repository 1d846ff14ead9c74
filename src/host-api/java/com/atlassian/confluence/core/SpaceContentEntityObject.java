// Stand-in for com.atlassian.confluence:confluence.
// seen: onlyoffice-confluence 7.x (Confluence 10.0.3)
package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

public abstract class SpaceContentEntityObject extends ContentEntityObject {

    private Space space;

    public Space getSpace() {
        return space;
    }

    public void setSpace(Space space) {
        this.space = space;
    }

    public String getSpaceKey() {
        return space == null ? null : space.getKey();
    }
}
