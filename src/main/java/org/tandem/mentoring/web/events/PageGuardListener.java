package org.tandem.mentoring.web.events;

import com.atlassian.confluence.event.events.content.page.PageCopyEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.security.ContentPermissionEvent;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.user.User;
import jakarta.inject.Named;
import org.tandem.mentoring.service.session.PageGuard;

/** Hands Confluence's restriction, move and copy events of pages to the {@link PageGuard}. */
@Named
public class PageGuardListener extends HostEventListener {

    private final PageGuard guard;

    public PageGuardListener(EventPublisher eventPublisher, PageGuard guard) {
        super(eventPublisher);
        this.guard = guard;
    }

    @EventListener
    public void onContentPermission(ContentPermissionEvent event) {
        if (event.getContent() != null) {
            guard.restrictionsChanged(event.getContent().getId(), keyOf(AuthenticatedUserThreadLocal.get()));
        }
    }

    @EventListener
    public void onPageMove(PageMoveEvent event) {
        guard.moved(event.getPage().getId(), event.getOldParentPage() == null ? null
                : event.getOldParentPage().getId(), keyOf(event.getUser()));
    }

    @EventListener
    public void onPageCopy(PageCopyEvent event) {
        guard.copied(event.getOrigin().getId(), event.getDestination().getId(), keyOf(event.getInitiator()));
    }

    private static String keyOf(User user) {
        return user instanceof ConfluenceUser confluenceUser && confluenceUser.getKey() != null
                ? confluenceUser.getKey().getStringValue() : null;
    }
}
