// Stand-in for com.atlassian.confluence:confluence.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

public abstract class AbstractPage extends SpaceContentEntityObject {

    /** The real class may answer a readable /display/ or /spaces/ path; the id-based one is always valid. */
    @Override
    public String getUrlPath() {
        return getIdBasedPageUrl();
    }

    public String getIdBasedPageUrl() {
        return "/pages/viewpage.action?pageId=" + getId();
    }
}
