// Stand-in for com.atlassian.confluence:confluence.
// seen: UNCONFIRMED (reference notes only; no source read)
package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.core.bean.EntityObject;
import java.io.Serializable;

public class ConfluenceEntityObject extends EntityObject implements Serializable {

    private ConfluenceUser creator;
    private ConfluenceUser lastModifier;

    public ConfluenceUser getCreator() {
        return creator;
    }

    public void setCreator(ConfluenceUser creator) {
        this.creator = creator;
    }

    public String getCreatorName() {
        return creator == null ? null : creator.getName();
    }

    public ConfluenceUser getLastModifier() {
        return lastModifier;
    }

    public void setLastModifier(ConfluenceUser lastModifier) {
        this.lastModifier = lastModifier;
    }

    public String getLastModifierName() {
        return lastModifier == null ? null : lastModifier.getName();
    }

    public boolean isPersistent() {
        return getId() != 0L;
    }
}
