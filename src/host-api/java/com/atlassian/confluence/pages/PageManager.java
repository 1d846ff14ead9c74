// Stand-in for com.atlassian.confluence:confluence.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityManager;
import com.atlassian.confluence.spaces.Space;
import java.util.Collection;
import java.util.List;

// Only the members a plugin uses; the getters by id or title are deprecated in 8.7 but still present in 10.
public interface PageManager extends ContentEntityManager {

    @Deprecated
    Page getPage(long id);

    @Deprecated
    List<Page> getPages(Iterable<Long> ids);

    @Deprecated
    AbstractPage getAbstractPage(long id);

    @Deprecated
    Page getPage(String spaceKey, String title);

    List<Page> getPages(Space space, boolean currentOnly);

    Collection<Long> getPageIds(Space space);

    List<Page> getDescendants(Page page);

    @Deprecated
    void trashPage(AbstractPage page);

    void movePageAsChild(Page page, Page newParent);

    long getPageCount(String spaceKey);
}
