package org.tandem.sandbox.host;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.security.ContentPermissionSet;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.event.events.content.page.PageCopyEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.security.ContentPermissionEvent;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.user.User;
import org.tandem.sandbox.RequestScope;
import org.tandem.sandbox.SandboxContent;
import org.tandem.sandbox.SandboxPermissions;
import org.tandem.sandbox.SandboxUsers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Confluence's SpaceManager, PageManager and ContentPermissionManager over the sandbox's stored spaces, pages and
 * restrictions. Like the real managers they do not check who asks (PermissionManager does); objects handed out are
 * fresh copies, and saving writes through.
 */
public final class SandboxContentServices implements SpaceManager, PageManager, ContentPermissionManager {

    private final SandboxContent content;
    private final SandboxPermissions permissions;
    private final SandboxUsers users;
    private final SandboxUserServices userServices;
    private final RequestScope scope;
    private EventPublisher events;

    public SandboxContentServices(SandboxContent content, SandboxPermissions permissions, SandboxUsers users,
                                  SandboxUserServices userServices, RequestScope scope) {
        this.content = content;
        this.permissions = permissions;
        this.users = users;
        this.userServices = userServices;
        this.scope = scope;
    }

    /**
     * Publishes Confluence's events when pages change as Confluence does: ContentPermissionEvent when restrictions
     * change, PageMoveEvent on a move, PageCopyEvent on a copy.
     */
    public void publishTo(EventPublisher publisher) {
        this.events = publisher;
    }

    private void publish(Object event) {
        if (events != null) {
            events.publish(event);
        }
    }

    private SandboxUser currentUser() {
        String key = scope.userKey();
        return key == null ? null : users.byKey(key).map(SandboxUser::new).orElse(null);
    }

    /** Copies a page (title, body, parent, restrictions) as the signed-in person, as Confluence's copy does. */
    public Page copyPage(long pageId, String title) {
        SandboxContent.Page origin = content.page(pageId).orElseThrow();
        SandboxContent.Page copy = content.createPage(origin.spaceKey(), title, origin.parentId(), origin.body(),
                scope.userKey() == null ? origin.creatorKey() : scope.userKey());
        Page originPage = toPage(origin);
        Page copyPage = toPage(copy);
        copyContentPermissions(originPage, copyPage);
        publish(new PageCopyEvent(this, originPage, copyPage, currentUser(), false));
        return copyPage;
    }

    // ---- mapping

    /**
     * A space whose home page is read when asked for, as Hibernate loads Confluence's Space.homePage lazily: the
     * macros look spaces up several times per page view and never ask for the home page.
     */
    private final class LazyHomeSpace extends Space {
        private Long homePageId;

        LazyHomeSpace(String key, Long homePageId) {
            super(key);
            this.homePageId = homePageId;
        }

        @Override
        public Page getHomePage() {
            if (homePageId != null) {
                long id = homePageId;
                homePageId = null;
                content.page(id).ifPresent(home -> super.setHomePage(toPage(home, this, false)));
            }
            return super.getHomePage();
        }

        @Override
        public void setHomePage(Page homePage) {
            homePageId = null;
            super.setHomePage(homePage);
        }
    }

    Space toSpace(SandboxContent.Space s) {
        if (s == null) {
            return null;
        }
        Space space = new LazyHomeSpace(s.key(), s.homePageId());
        space.setId(s.id());
        space.setName(s.name());
        return space;
    }

    public Page toPage(SandboxContent.Page p) {
        if (p == null) {
            return null;
        }
        Space space = content.space(p.spaceKey()).map(s -> {
            Space sp = new Space(s.key());
            sp.setId(s.id());
            sp.setName(s.name());
            return sp;
        }).orElse(null);
        return toPage(p, space, true);
    }

    private Page toPage(SandboxContent.Page p, Space space, boolean withFamily) {
        Page page = bare(p, space);
        if (withFamily) {
            Page child = page;
            for (SandboxContent.Page a : reversed(content.ancestors(p))) {
                Page parent = bare(a, space);
                child.setParent(parent);
                child = parent;
            }
            for (SandboxContent.Page c : content.children(p.id())) {
                page.addChild(bare(c, space));
            }
        }
        return page;
    }

    private Page bare(SandboxContent.Page p, Space space) {
        Page page = new Page();
        page.setId(p.id());
        page.setTitle(p.title());
        page.setBodyAsString(p.body());
        page.setSpace(space);
        page.setCreationDate(Date.from(p.created()));
        page.setLastModificationDate(Date.from(p.modified()));
        users.byKey(p.creatorKey()).ifPresent(c -> page.setCreator(new SandboxUser(c)));
        return page;
    }

    private static <T> List<T> reversed(List<T> in) {
        List<T> out = new ArrayList<>(in);
        java.util.Collections.reverse(out);
        return out;
    }

    private static String keyOf(User user) {
        return user instanceof ConfluenceUser cu && cu.getKey() != null ? cu.getKey().getStringValue() : null;
    }

    // ---- SpaceManager

    @Override
    public Space createSpace(String spaceKey, String name, String description, User creator) {
        SandboxContent.Space s = content.createSpace(spaceKey, name, description);
        String creatorKey = keyOf(creator);
        if (creatorKey != null) {
            for (String perm : List.of(SandboxPermissions.VIEWSPACE, SandboxPermissions.EDITSPACE,
                    SandboxPermissions.SETSPACEPERMISSIONS)) {
                content.grant(spaceKey, perm, "user", creatorKey);
            }
        }
        content.grant(spaceKey, SandboxPermissions.VIEWSPACE, "group", SandboxUsers.USERS);
        content.grant(spaceKey, SandboxPermissions.EDITSPACE, "group", SandboxUsers.USERS);
        return toSpace(s);
    }

    @Override
    public Space createPrivateSpace(String spaceKey, String name, String description, User creator) {
        SandboxContent.Space s = content.createSpace(spaceKey, name, description);
        String creatorKey = keyOf(creator);
        if (creatorKey != null) {
            for (String perm : List.of(SandboxPermissions.VIEWSPACE, SandboxPermissions.EDITSPACE,
                    SandboxPermissions.SETSPACEPERMISSIONS)) {
                content.grant(spaceKey, perm, "user", creatorKey);
            }
        }
        return toSpace(s);
    }

    @Override
    public void saveSpace(Space space) {
        Optional<SandboxContent.Space> existing = content.space(space.getKey());
        if (existing.isEmpty()) {
            content.createSpace(space.getKey(), space.getName(), null);
        } else {
            content.updateSpace(space.getKey(), space.getName(), existing.get().description());
        }
        if (space.getHomePage() != null && space.getHomePage().getId() != 0) {
            content.setHomePage(space.getKey(), space.getHomePage().getId());
        }
    }

    @Override
    public Boolean removeSpace(Space space) {
        return Boolean.FALSE;
    }

    @Override
    public Space getSpace(long id) {
        return content.space(id).map(this::toSpace).orElse(null);
    }

    @Override
    public Space getSpace(String spaceKey) {
        return spaceKey == null ? null : content.space(spaceKey).map(this::toSpace).orElse(null);
    }

    @Override
    public Space getPersonalSpace(ConfluenceUser user) {
        return null;
    }

    @Override
    public List<Space> getAllSpaces() {
        return content.spaces().stream().map(this::toSpace).toList();
    }

    @Override
    public String getSpaceFromPageId(long pageId) {
        return content.page(pageId).map(SandboxContent.Page::spaceKey).orElse(null);
    }

    @Override
    public List<User> getSpaceAdmins(Space space) {
        Set<String> keys = new LinkedHashSet<>();
        for (SandboxContent.SpacePermission p : content.permissions(space.getKey())) {
            if (!p.permission().equals(SandboxPermissions.SETSPACEPERMISSIONS)) {
                continue;
            }
            if (p.kind().equals("user")) {
                keys.add(p.subject());
            } else if (p.kind().equals("group")) {
                keys.addAll(users.members(p.subject()));
            }
        }
        List<User> out = new ArrayList<>();
        keys.forEach(k -> users.byKey(k).ifPresent(p -> out.add(new SandboxUser(p))));
        return out;
    }

    // ---- PageManager / ContentEntityManager

    @Override
    public Page getPage(long id) {
        return content.page(id).map(this::toPage).orElse(null);
    }

    @Override
    public List<Page> getPages(Iterable<Long> ids) {
        List<Page> out = new ArrayList<>();
        for (Long id : ids) {
            Page p = getPage(id);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return getPage(id);
    }

    @Override
    public Page getPage(String spaceKey, String title) {
        return content.page(spaceKey, title).map(this::toPage).orElse(null);
    }

    @Override
    public List<Page> getPages(Space space, boolean currentOnly) {
        return content.pages(space.getKey()).stream().map(this::toPage).toList();
    }

    @Override
    public Collection<Long> getPageIds(Space space) {
        return content.pages(space.getKey()).stream().map(SandboxContent.Page::id).toList();
    }

    @Override
    public List<Page> getDescendants(Page page) {
        List<Page> out = new ArrayList<>();
        collect(page.getId(), out, 0);
        return out;
    }

    private void collect(long id, List<Page> out, int depth) {
        if (depth > 50) {
            return;
        }
        for (SandboxContent.Page c : content.children(id)) {
            out.add(toPage(c));
            collect(c.id(), out, depth + 1);
        }
    }

    @Override
    public void trashPage(AbstractPage page) {
        content.deletePage(page.getId());
    }

    @Override
    public void movePageAsChild(Page page, Page newParent) {
        Optional<SandboxContent.Page> stored = content.page(page.getId());
        if (stored.isEmpty()) {
            return;
        }
        Page before = toPage(stored.get());
        content.updatePage(stored.get().id(), stored.get().title(), newParent.getId(), stored.get().body());
        page.setParent(newParent);
        if (before.getParent() == null || before.getParent().getId() != newParent.getId()) {
            publish(new PageMoveEvent(this, getPage(page.getId()), List.of(page), before.getSpace(),
                    before.getParent(), null, currentUser(), false));
        }
    }

    @Override
    public long getPageCount(String spaceKey) {
        return content.pages(spaceKey).size();
    }

    @Override
    public void refreshContentEntity(ContentEntityObject entity) {
        content.page(entity.getId()).ifPresent(p -> {
            entity.setTitle(p.title());
            entity.setBodyAsString(p.body());
        });
    }

    @Override
    public void saveContentEntity(ContentEntityObject entity, SaveContext saveContext) {
        if (!(entity instanceof Page page)) {
            throw new UnsupportedOperationException("the sandbox stores pages only, not " + entity.getType());
        }
        if (page.getSpace() == null || page.getSpace().getKey() == null) {
            throw new IllegalArgumentException("a page needs a space");
        }
        Long parentId = page.getParent() == null ? null : page.getParent().getId();
        if (page.getId() == 0) {
            String creator = keyOf(page.getCreator());
            if (creator == null) {
                creator = scope.userKey();
            }
            SandboxContent.Page saved = content.createPage(page.getSpaceKey(), page.getTitle(), parentId,
                    page.getBodyAsString(), creator);
            page.setId(saved.id());
            page.setCreationDate(Date.from(saved.created()));
        } else {
            content.updatePage(page.getId(), page.getTitle(), parentId, page.getBodyAsString());
        }
    }

    @Override
    public void saveContentEntity(ContentEntityObject entity, ContentEntityObject originalVersion,
                                  SaveContext saveContext) {
        saveContentEntity(entity, saveContext);
    }

    @Override
    public void removeContentEntity(ContentEntityObject entity) {
        content.deletePage(entity.getId());
    }

    @Override
    public ContentEntityObject getById(long id) {
        return getPage(id);
    }

    // ---- ContentPermissionManager (page restrictions)

    @Override
    public void addContentPermission(ContentPermission permission, ContentEntityObject target) {
        add(permission, target);
        publish(new ContentPermissionEvent(this, target, permission));
    }

    private void add(ContentPermission permission, ContentEntityObject target) {
        if (permission.isUserPermission()) {
            content.restrictToUser(target.getId(), permission.getType(),
                    permission.getUserSubject().getKey().getStringValue());
        } else if (permission.isGroupPermission()) {
            content.restrictToGroup(target.getId(), permission.getType(), permission.getGroupName());
        }
    }

    @Override
    public void setContentPermissions(Collection<ContentPermission> perms, ContentEntityObject target, String type) {
        set(perms, target, type);
        publish(new ContentPermissionEvent(this, target, null));
    }

    private void set(Collection<ContentPermission> perms, ContentEntityObject target, String type) {
        content.clearRestrictions(target.getId(), type);
        for (ContentPermission p : perms) {
            add(p, target);
        }
    }

    @Override
    public void setContentPermissions(Map<String, Collection<ContentPermission>> permissionsByType,
                                      ContentEntityObject target) {
        permissionsByType.forEach((type, perms) -> set(perms, target, type));
        publish(new ContentPermissionEvent(this, target, null));
    }

    @Override
    public void removeContentPermission(ContentPermission permission) {
        ContentPermissionSet set = permission.getOwningSet();
        if (set == null || set.getOwningContent() == null) {
            throw new IllegalArgumentException("the permission belongs to no content");
        }
        long pageId = set.getOwningContent().getId();
        List<SandboxContent.Restriction> keep = content.restrictions(pageId).stream()
                .filter(r -> r.type().equals(permission.getType()))
                .filter(r -> !(permission.isUserPermission()
                        && permission.getUserSubject().getKey().getStringValue().equals(r.userKey()))
                        && !(permission.isGroupPermission() && permission.getGroupName().equals(r.group())))
                .toList();
        content.clearRestrictions(pageId, permission.getType());
        for (SandboxContent.Restriction r : keep) {
            if (r.userKey() != null) {
                content.restrictToUser(pageId, r.type(), r.userKey());
            } else {
                content.restrictToGroup(pageId, r.type(), r.group());
            }
        }
        publish(new ContentPermissionEvent(this, set.getOwningContent(), permission));
    }

    @Override
    public boolean hasContentLevelPermission(User user, String permissionType, ContentEntityObject target) {
        Optional<SandboxContent.Page> page = content.page(target.getId());
        if (page.isEmpty()) {
            return false;
        }
        String key = keyOf(user);
        return ContentPermission.EDIT_PERMISSION.equals(permissionType)
                ? permissions.canEdit(key, page.get()) : permissions.canView(key, page.get());
    }

    @Override
    public List<ContentPermissionSet> getContentPermissionSets(ContentEntityObject target, String type) {
        ContentPermissionSet set = new ContentPermissionSet(type, target);
        for (SandboxContent.Restriction r : content.restrictions(target.getId())) {
            if (!r.type().equals(type)) {
                continue;
            }
            if (r.userKey() != null) {
                users.byKey(r.userKey()).ifPresent(
                        p -> set.addContentPermission(ContentPermission.createUserPermission(type, new SandboxUser(p))));
            } else {
                set.addContentPermission(ContentPermission.createGroupPermission(type, r.group()));
            }
        }
        return set.isEmpty() ? List.of() : List.of(set);
    }

    @Override
    public List<ContentPermissionSet> getInheritedContentPermissionSets(ContentEntityObject target) {
        List<ContentPermissionSet> out = new ArrayList<>();
        content.page(target.getId()).ifPresent(p -> {
            for (SandboxContent.Page a : content.ancestors(p)) {
                out.addAll(getContentPermissionSets(toPage(a), ContentPermission.VIEW_PERMISSION));
            }
        });
        return out;
    }

    @Override
    public List<Page> getPermittedChildren(Page page, User user) {
        return permissions.visibleChildren(keyOf(user), page.getId()).stream().map(this::toPage).toList();
    }

    @Override
    public boolean isPermissionInherited(Page page) {
        return !getInheritedContentPermissionSets(page).isEmpty();
    }

    @Override
    public void copyContentPermissions(ContentEntityObject source, ContentEntityObject destination) {
        for (SandboxContent.Restriction r : content.restrictions(source.getId())) {
            if (r.userKey() != null) {
                content.restrictToUser(destination.getId(), r.type(), r.userKey());
            } else {
                content.restrictToGroup(destination.getId(), r.type(), r.group());
            }
        }
    }
}
