package org.tandem.sandbox;

import java.util.List;
import java.util.Optional;

/**
 * Who may see and edit what, as Confluence decides it: space permissions (user, group, anonymous, any signed-in
 * user), then page restrictions. A view restriction on a page also hides its descendants; an edit restriction
 * applies to the page itself. {@code userKey} is null for an anonymous visitor.
 */
public final class SandboxPermissions {

    public static final String VIEWSPACE = "VIEWSPACE";
    public static final String EDITSPACE = "EDITSPACE";
    public static final String SETSPACEPERMISSIONS = "SETSPACEPERMISSIONS";
    public static final String VIEW = "View";
    public static final String EDIT = "Edit";

    private final SandboxUsers users;
    private final SandboxContent content;

    public SandboxPermissions(SandboxUsers users, SandboxContent content) {
        this.users = users;
        this.content = content;
    }

    public boolean hasSpacePermission(String userKey, String permission, String spaceKey) {
        if (userKey != null && users.isDeactivated(userKey)) {
            return false;
        }
        for (SandboxContent.SpacePermission p : content.permissions(spaceKey)) {
            if (!p.permission().equals(permission)) {
                continue;
            }
            boolean applies = switch (p.kind()) {
                case "anonymous" -> true;
                case "authenticated" -> userKey != null;
                case "user" -> p.subject().equals(userKey);
                case "group" -> users.isMember(userKey, p.subject());
                default -> false;
            };
            if (applies) {
                return true;
            }
        }
        return false;
    }

    /**
     * Confluence's global "create space" permission. The sandbox grants it to the administrators and to the
     * coordinators' group, the people who set up programmes; everybody else may not create spaces.
     */
    public boolean canCreateSpace(String userKey) {
        return userKey != null && !users.isDeactivated(userKey) && (users.isAdmin(userKey)
                || users.isMember(userKey, DemoData.COORDINATORS));
    }

    public boolean canViewSpace(String userKey, String spaceKey) {
        return hasSpacePermission(userKey, VIEWSPACE, spaceKey);
    }

    public boolean canAdministerSpace(String userKey, String spaceKey) {
        return hasSpacePermission(userKey, SETSPACEPERMISSIONS, spaceKey);
    }

    public boolean canView(String userKey, SandboxContent.Page page) {
        if (!canViewSpace(userKey, page.spaceKey())) {
            return false;
        }
        if (!passes(userKey, page.id(), VIEW)) {
            return false;
        }
        for (SandboxContent.Page ancestor : content.ancestors(page)) {
            if (!passes(userKey, ancestor.id(), VIEW)) {
                return false;
            }
        }
        return true;
    }

    public boolean canEdit(String userKey, SandboxContent.Page page) {
        return userKey != null && canView(userKey, page)
                && hasSpacePermission(userKey, EDITSPACE, page.spaceKey())
                && passes(userKey, page.id(), EDIT);
    }

    /** A page restriction of the type lets the user through when there is none, or when one names them. */
    private boolean passes(String userKey, long pageId, String type) {
        List<SandboxContent.Restriction> rs = content.restrictions(pageId).stream()
                .filter(r -> r.type().equals(type)).toList();
        if (rs.isEmpty()) {
            return true;
        }
        if (userKey == null) {
            return false;
        }
        for (SandboxContent.Restriction r : rs) {
            if (userKey.equals(r.userKey()) || (r.group() != null && users.isMember(userKey, r.group()))) {
                return true;
            }
        }
        return false;
    }

    public Optional<SandboxContent.Page> visiblePage(String userKey, long id) {
        return content.page(id).filter(p -> canView(userKey, p));
    }

    public Optional<SandboxContent.Page> visiblePage(String userKey, String spaceKey, String title) {
        return content.page(spaceKey, title).filter(p -> canView(userKey, p));
    }

    public List<SandboxContent.Page> visiblePages(String userKey, String spaceKey) {
        if (!canViewSpace(userKey, spaceKey)) {
            return List.of();
        }
        return content.pages(spaceKey).stream().filter(p -> canView(userKey, p)).toList();
    }

    public List<SandboxContent.Page> visibleChildren(String userKey, long parentId) {
        return content.children(parentId).stream().filter(p -> canView(userKey, p)).toList();
    }

    public List<SandboxContent.Space> visibleSpaces(String userKey) {
        return content.spaces().stream().filter(s -> canViewSpace(userKey, s.key())).toList();
    }

    public List<SandboxContent.Page> search(String userKey, String text) {
        return content.search(text).stream().filter(p -> canView(userKey, p)).toList();
    }
}
