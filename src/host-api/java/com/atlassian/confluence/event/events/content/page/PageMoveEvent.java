// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 (com/atlassian/confluence/event/events/content/page/PageMoveEvent.java)
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.user.User;
import java.util.List;

// The real class also implements Updated, UserDriven and NotificationEnabledEvent; left out.
public class PageMoveEvent extends PageEvent {

    private final User theMover;
    private final Space oldSpace;
    private final Page oldParentPage;
    private final Integer oldPosition;
    private final boolean movedBecauseOfParent;
    private final List<Page> movedPageList;

    public PageMoveEvent(Object src, Page movedPage, List<Page> movedPageList, Space oldSpace, Page oldParentPage,
            Integer oldPosition, User theMover, boolean movedBecauseOfParent) {
        super(src, movedPage, false);
        this.movedPageList = movedPageList;
        this.oldSpace = oldSpace != null ? oldSpace : oldParentPage.getSpace();
        this.oldParentPage = oldParentPage;
        this.oldPosition = oldPosition;
        this.theMover = theMover;
        this.movedBecauseOfParent = movedBecauseOfParent;
    }

    public Space getOldSpace() {
        return oldSpace;
    }

    public Page getOldParentPage() {
        return oldParentPage;
    }

    public Integer getOldPosition() {
        return oldPosition;
    }

    public User getUser() {
        return theMover;
    }

    public Page getNewParentPage() {
        return getPage().getParent();
    }

    public boolean isMovedBecauseOfParent() {
        return movedBecauseOfParent;
    }

    public User getOriginatingUser() {
        return theMover;
    }

    public List<Page> getMovedPageList() {
        return movedPageList;
    }
}
