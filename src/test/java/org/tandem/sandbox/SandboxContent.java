package org.tandem.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Spaces, space permissions, pages (storage-format bodies, parent/child) and page restrictions, kept in the H2 file
 * database. This class does not check who is asking: {@link SandboxPermissions} does, for every read the sandbox
 * serves.
 */
public final class SandboxContent {

    public record Space(long id, String key, String name, String description, Long homePageId) {
    }

    public record Page(long id, String spaceKey, String title, Long parentId, String body, String creatorKey,
                       Instant created, Instant modified, int version) {
    }

    /** A space permission: kind is user, group, anonymous or authenticated. */
    public record SpacePermission(String spaceKey, String permission, String kind, String subject) {
    }

    /** A page restriction (type View or Edit) for one user key or one group. */
    public record Restriction(long pageId, String type, String userKey, String group) {
    }

    private final SandboxDatabase db;

    public SandboxContent(SandboxDatabase db) {
        this.db = db;
        db.ddl("CREATE TABLE IF NOT EXISTS SBX_SPACE (ID " + db.identity() + " PRIMARY KEY, SKEY VARCHAR(255) UNIQUE,"
                        + " NAME VARCHAR(255), DESCRIPTION VARCHAR(4000), HOME_ID BIGINT)",
                "CREATE TABLE IF NOT EXISTS SBX_SPACE_PERM (SKEY VARCHAR(255), PERM VARCHAR(64), KIND VARCHAR(16),"
                        + " SUBJECT VARCHAR(255))",
                "CREATE TABLE IF NOT EXISTS SBX_PAGE (ID " + db.identity() + " PRIMARY KEY, SKEY VARCHAR(255),"
                        + " TITLE VARCHAR(255), PARENT_ID BIGINT, BODY " + db.text() + ", CREATOR VARCHAR(255),"
                        + " CREATED TIMESTAMP, MODIFIED TIMESTAMP, VERSION INT, DELETED BOOLEAN DEFAULT FALSE)",
                "CREATE INDEX IF NOT EXISTS SBX_PAGE_SPACE ON SBX_PAGE (SKEY)",
                "CREATE INDEX IF NOT EXISTS SBX_PAGE_PARENT ON SBX_PAGE (PARENT_ID)",
                "CREATE TABLE IF NOT EXISTS SBX_RESTRICTION (PAGE_ID BIGINT, TYPE VARCHAR(16), USER_KEY VARCHAR(255),"
                        + " GRP VARCHAR(255))",
                "CREATE INDEX IF NOT EXISTS SBX_RESTRICTION_PAGE ON SBX_RESTRICTION (PAGE_ID)");
    }

    // ---- spaces

    public Space createSpace(String key, String name, String description) {
        update("INSERT INTO SBX_SPACE (SKEY, NAME, DESCRIPTION) VALUES (?,?,?)", key, name, description);
        return space(key).orElseThrow();
    }

    public Optional<Space> space(String key) {
        List<Space> s = query("SELECT ID, SKEY, NAME, DESCRIPTION, HOME_ID FROM SBX_SPACE WHERE SKEY=?",
                SandboxContent::space, key);
        return s.stream().findFirst();
    }

    public Optional<Space> space(long id) {
        return query("SELECT ID, SKEY, NAME, DESCRIPTION, HOME_ID FROM SBX_SPACE WHERE ID=?", SandboxContent::space,
                id).stream().findFirst();
    }

    public List<Space> spaces() {
        return query("SELECT ID, SKEY, NAME, DESCRIPTION, HOME_ID FROM SBX_SPACE ORDER BY NAME", SandboxContent::space);
    }

    /** Removes the space with its pages, permissions and restrictions; its key is free again. */
    public void removeSpace(String key) {
        update("DELETE FROM SBX_RESTRICTION WHERE PAGE_ID IN (SELECT ID FROM SBX_PAGE WHERE SKEY=?)", key);
        update("DELETE FROM SBX_PAGE WHERE SKEY=?", key);
        update("DELETE FROM SBX_SPACE_PERM WHERE SKEY=?", key);
        update("DELETE FROM SBX_SPACE WHERE SKEY=?", key);
    }

    public void updateSpace(String key, String name, String description) {
        update("UPDATE SBX_SPACE SET NAME=?, DESCRIPTION=? WHERE SKEY=?", name, description, key);
    }

    public void setHomePage(String spaceKey, long pageId) {
        update("UPDATE SBX_SPACE SET HOME_ID=? WHERE SKEY=?", pageId, spaceKey);
    }

    public void grant(String spaceKey, String permission, String kind, String subject) {
        update("INSERT INTO SBX_SPACE_PERM (SKEY, PERM, KIND, SUBJECT) VALUES (?,?,?,?)", spaceKey, permission, kind,
                subject);
    }

    public void revoke(SpacePermission p) {
        update("DELETE FROM SBX_SPACE_PERM WHERE SKEY=? AND PERM=? AND KIND=? AND SUBJECT IS NOT DISTINCT FROM ?",
                p.spaceKey(), p.permission(), p.kind(), p.subject());
    }

    public List<SpacePermission> permissions(String spaceKey) {
        return query("SELECT SKEY, PERM, KIND, SUBJECT FROM SBX_SPACE_PERM WHERE SKEY=?",
                rs -> new SpacePermission(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                spaceKey);
    }

    // ---- pages

    public Page createPage(String spaceKey, String title, Long parentId, String body, String creatorKey) {
        Timestamp now = Timestamp.from(Instant.now());
        long id = insert("INSERT INTO SBX_PAGE (SKEY, TITLE, PARENT_ID, BODY, CREATOR, CREATED, MODIFIED, VERSION)"
                + " VALUES (?,?,?,?,?,?,?,1)", spaceKey, title, parentId, body, creatorKey, now, now);
        return page(id).orElseThrow();
    }

    public void updatePage(long id, String title, Long parentId, String body) {
        update("UPDATE SBX_PAGE SET TITLE=?, PARENT_ID=?, BODY=?, MODIFIED=?, VERSION=VERSION+1 WHERE ID=?", title,
                parentId, body, Timestamp.from(Instant.now()), id);
    }

    public void deletePage(long id) {
        update("UPDATE SBX_PAGE SET DELETED=TRUE WHERE ID=?", id);
    }

    private static final String PAGE_COLUMNS =
            "SELECT ID, SKEY, TITLE, PARENT_ID, BODY, CREATOR, CREATED, MODIFIED, VERSION FROM SBX_PAGE ";

    public Optional<Page> page(long id) {
        return query(PAGE_COLUMNS + "WHERE ID=? AND DELETED=FALSE", SandboxContent::page, id).stream().findFirst();
    }

    public Optional<Page> page(String spaceKey, String title) {
        return query(PAGE_COLUMNS + "WHERE SKEY=? AND TITLE=? AND DELETED=FALSE", SandboxContent::page, spaceKey,
                title).stream().findFirst();
    }

    public List<Page> pages(String spaceKey) {
        return query(PAGE_COLUMNS + "WHERE SKEY=? AND DELETED=FALSE ORDER BY TITLE", SandboxContent::page, spaceKey);
    }

    public List<Page> children(long parentId) {
        return query(PAGE_COLUMNS + "WHERE PARENT_ID=? AND DELETED=FALSE ORDER BY ID", SandboxContent::page,
                parentId);
    }

    /** Pages whose title or body contains the text (case-insensitive); not filtered by permission. */
    public List<Page> search(String text) {
        String like = "%" + text.toLowerCase().replace("%", "").replace("_", "") + "%";
        return query(PAGE_COLUMNS + "WHERE DELETED=FALSE AND (LOWER(TITLE) LIKE ? OR LOWER(BODY) LIKE ?)"
                + " ORDER BY TITLE", SandboxContent::page, like, like);
    }

    public List<Page> ancestors(Page page) {
        List<Page> out = new ArrayList<>();
        Long parent = page.parentId();
        int guard = 0;
        while (parent != null && guard++ < 100) {
            Optional<Page> p = page(parent);
            if (p.isEmpty()) {
                break;
            }
            out.add(0, p.get());
            parent = p.get().parentId();
        }
        return out;
    }

    // ---- restrictions

    public void restrictToUser(long pageId, String type, String userKey) {
        update("INSERT INTO SBX_RESTRICTION (PAGE_ID, TYPE, USER_KEY) VALUES (?,?,?)", pageId, type, userKey);
    }

    public void restrictToGroup(long pageId, String type, String group) {
        update("INSERT INTO SBX_RESTRICTION (PAGE_ID, TYPE, GRP) VALUES (?,?,?)", pageId, type, group);
    }

    public void clearRestrictions(long pageId, String type) {
        update("DELETE FROM SBX_RESTRICTION WHERE PAGE_ID=? AND TYPE=?", pageId, type);
    }

    public List<Restriction> restrictions(long pageId) {
        return query("SELECT PAGE_ID, TYPE, USER_KEY, GRP FROM SBX_RESTRICTION WHERE PAGE_ID=?",
                rs -> new Restriction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), pageId);
    }

    public boolean isEmpty() {
        return spaces().isEmpty();
    }

    // ---- JDBC plumbing

    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static Space space(ResultSet rs) throws SQLException {
        long home = rs.getLong(5);
        return new Space(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.wasNull() ? null : home);
    }

    private static Page page(ResultSet rs) throws SQLException {
        long parent = rs.getLong(4);
        Long parentId = rs.wasNull() ? null : parent;
        return new Page(rs.getLong(1), rs.getString(2), rs.getString(3), parentId, rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(), rs.getInt(9));
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sandbox content query failed: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... args) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("sandbox content update failed: " + e.getMessage(), e);
        }
    }

    private long insert(String sql, Object... args) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sandbox content insert failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
