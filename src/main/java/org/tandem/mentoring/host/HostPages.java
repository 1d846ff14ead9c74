package org.tandem.mentoring.host;

import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.security.ContentPermissionSet;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pages and their restrictions: creating a page under a parent, restricting it (view and edit) to a set of people,
 * reading the restrictions back, moving a page under a parent again and trashing one. Asks no permission: the
 * services decide who may do what.
 */
@Named
public class HostPages {

    /** A page as Tandem needs to know it. */
    public record PageFacts(long id, String spaceKey, Long parentId, String title) {
    }

    /** The restrictions of one type on a page: user keys, and whether any group is named. */
    public record Restrictions(Set<String> userKeys, Set<String> groups) {

        public boolean exactly(Collection<String> people) {
            return groups.isEmpty() && userKeys.equals(new LinkedHashSet<>(people));
        }
    }

    private final PageManager pageManager;
    private final SpaceManager spaceManager;
    private final ContentPermissionManager contentPermissionManager;
    private final UserAccessor userAccessor;

    public HostPages(PageManager pageManager, SpaceManager spaceManager,
            ContentPermissionManager contentPermissionManager, UserAccessor userAccessor) {
        this.pageManager = pageManager;
        this.spaceManager = spaceManager;
        this.contentPermissionManager = contentPermissionManager;
        this.userAccessor = userAccessor;
    }

    public Optional<PageFacts> page(long pageId) {
        return Optional.ofNullable(pageManager.getPage(pageId)).filter(p -> !p.isDeleted()).map(HostPages::facts);
    }

    public Optional<PageFacts> pageByTitle(String spaceKey, String title) {
        return Optional.ofNullable(pageManager.getPage(spaceKey, title)).map(HostPages::facts);
    }

    private static PageFacts facts(Page page) {
        return new PageFacts(page.getId(), page.getSpaceKey(), page.getParent() == null ? null
                : page.getParent().getId(), page.getTitle());
    }

    /**
     * Creates a page under {@code parentId}, restricted from its first moment to {@code members} for view and
     * edit, and returns its id.
     */
    public long create(long parentId, String title, String storageBody, String creatorKey,
            Collection<String> members) {
        Page parent = pageManager.getPage(parentId);
        if (parent == null) {
            throw new IllegalArgumentException("no page " + parentId);
        }
        Space space = spaceManager.getSpace(parent.getSpaceKey());
        Page page = new Page();
        page.setSpace(space);
        page.setTitle(title);
        page.setBodyAsString(storageBody);
        page.setParentPage(parent);
        ConfluenceUser creator = user(creatorKey);
        if (creator != null) {
            page.setCreator(creator);
        }
        pageManager.saveContentEntity(page, DefaultSaveContext.DEFAULT);
        restrictTo(page.getId(), members);
        return page.getId();
    }

    /** Sets the view and edit restrictions of a page to exactly these people. */
    public void restrictTo(long pageId, Collection<String> members) {
        Page page = pageManager.getPage(pageId);
        if (page == null) {
            return;
        }
        List<ContentPermission> view = new ArrayList<>();
        List<ContentPermission> edit = new ArrayList<>();
        for (String key : members) {
            ConfluenceUser user = user(key);
            if (user != null) {
                view.add(ContentPermission.createUserPermission(ContentPermission.VIEW_PERMISSION, user));
                edit.add(ContentPermission.createUserPermission(ContentPermission.EDIT_PERMISSION, user));
            }
        }
        contentPermissionManager.setContentPermissions(Map.of(ContentPermission.VIEW_PERMISSION, view,
                ContentPermission.EDIT_PERMISSION, edit), page);
    }

    /** The page's own restrictions of {@code type} ({@code ContentPermission.VIEW_PERMISSION} or EDIT). */
    public Restrictions restrictions(long pageId, String type) {
        Page page = pageManager.getPage(pageId);
        Set<String> users = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        if (page != null) {
            for (ContentPermissionSet set : contentPermissionManager.getContentPermissionSets(page, type)) {
                for (UserKey key : set.getUserKeys()) {
                    users.add(key.getStringValue());
                }
                groups.addAll(set.getGroupNames());
            }
        }
        return new Restrictions(users, groups);
    }

    public Restrictions viewRestrictions(long pageId) {
        return restrictions(pageId, ContentPermission.VIEW_PERMISSION);
    }

    public Restrictions editRestrictions(long pageId) {
        return restrictions(pageId, ContentPermission.EDIT_PERMISSION);
    }

    /** Moves a page back under {@code parentId}. */
    public void moveUnder(long pageId, long parentId) {
        Page page = pageManager.getPage(pageId);
        Page parent = pageManager.getPage(parentId);
        if (page != null && parent != null) {
            pageManager.movePageAsChild(page, parent);
        }
    }

    public void trash(long pageId) {
        Page page = pageManager.getPage(pageId);
        if (page != null) {
            pageManager.trashPage(page);
        }
    }

    private ConfluenceUser user(String key) {
        return key == null ? null : userAccessor.getUserByKey(new UserKey(key));
    }
}
