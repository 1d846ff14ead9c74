package org.tandem.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What Confluence keeps for the whole cluster and the sandbox lets a person or a test switch (the access mode, the
 * app's licence, the clock's offset, each person's language): named values in the sandbox's database, so that every
 * node reads the same.
 */
public final class SandboxHostState {

    private final SandboxDatabase db;
    private final RequestScope scope;

    public SandboxHostState(SandboxDatabase db) {
        this(db, new RequestScope());
    }

    /**
     * Reads each value once per request of {@code scope} (Confluence holds these in memory: the access mode and
     * licence in cluster-wide caches, a person's language in their cached preferences), so that a page whose
     * macros ask for them a hundred times reads them once; a change made in the request is seen at once.
     */
    public SandboxHostState(SandboxDatabase db, RequestScope scope) {
        this.db = db;
        this.scope = scope;
        db.ddl("CREATE TABLE IF NOT EXISTS SBX_HOST (NAME VARCHAR(255) PRIMARY KEY, SVALUE VARCHAR(4000))");
    }

    public Optional<String> get(String name) {
        return scope.remember("host-state:" + name, () -> read(name));
    }

    private Optional<String> read(String name) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT SVALUE FROM SBX_HOST WHERE NAME=?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the host state " + name + ": " + e.getMessage(), e);
        }
    }

    public void put(String name, String value) {
        try {
            db.upsert("SBX_HOST", new String[] {"NAME", "SVALUE"}, 1, name, value);
            scope.forget("host-state:" + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the host state " + name + ": " + e.getMessage(), e);
        }
    }
}
