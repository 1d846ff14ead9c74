package org.tandem.mentoring.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;

/**
 * Hand-written SQL for the few statements the ActiveObjects interface cannot express (a conditional UPDATE, a
 * recursive query). The ActiveObjects interface does not expose table names, so they come from the entity manager
 * behind a loaded entity: its name converters give the real table name (with the host's prefix) and its database
 * provider quotes identifiers, adds the schema and hands out the connection of the current transaction.
 */
final class NativeSql {

    private final EntityManager manager;
    private final DatabaseProvider provider;

    private NativeSql(EntityManager manager) {
        this.manager = manager;
        this.provider = manager.getProvider();
    }

    /** Access through the entity manager that loaded {@code entity}. */
    static NativeSql of(RawEntity<?> entity) {
        return new NativeSql(entity.getEntityManager());
    }

    /** The schema-qualified, quoted table name of an entity type. */
    String table(Class<? extends RawEntity<?>> type) {
        return provider.withSchema(manager.getTableNameConverter().getName(type));
    }

    /** A quoted column name. */
    String column(String name) {
        return provider.processID(name);
    }

    /** The connection of the transaction open on this thread, or a pooled one; close it after use. */
    Connection connection() throws SQLException {
        return provider.getConnection();
    }

    PreparedStatement prepare(Connection connection, CharSequence sql) throws SQLException {
        return provider.preparedStatement(connection, sql);
    }

    /**
     * Refreshes the planner's statistics of a table on PostgreSQL, after a bulk write: until autovacuum gets to a
     * freshly filled table the planner knows nothing of its indexes' selectivity and walks a recursive query with
     * a full scan per level (seconds instead of milliseconds on 50,000 rows). Other databases: nothing to do.
     */
    void analyze(Class<? extends RawEntity<?>> type) throws SQLException {
        if (!(provider instanceof PostgreSQLDatabaseProvider)) {
            return;
        }
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE " + table(type));
        }
    }

    /**
     * A table of one VARCHAR column {@code column} named {@code alias} holding the strings of one array parameter
     * ({@link #array}): {@code unnest} on PostgreSQL, a table function on H2. A statement joins it to reach many
     * rows by an indexed key, where {@code IN} with thousands of marks or {@code = ANY(?)} would not use the index.
     */
    String keyTable(String alias, String column) {
        return provider instanceof PostgreSQLDatabaseProvider
                ? "unnest(CAST(? AS VARCHAR[])) AS " + alias + " (" + column + ")"
                : "TABLE(" + column + " VARCHAR = ?) " + alias;
    }

    /**
     * On H2, makes the statements on this connection join their tables in the order written (or again as the
     * optimizer likes): H2 guesses no size for a {@link #keyTable} and would put it inside the join, reading it
     * again for every row of the other table. PostgreSQL needs no such hint.
     */
    void joinInWrittenOrder(Connection connection, boolean written) throws SQLException {
        if (provider instanceof H2DatabaseProvider) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET FORCE_JOIN_ORDER " + written);
            }
        }
    }

    /** The array parameter of a {@link #keyTable}. */
    java.sql.Array array(Connection connection, String[] values) throws SQLException {
        return connection.createArrayOf("VARCHAR", values);
    }

    /**
     * True where {@code WITH RECURSIVE}, {@code CONCAT} with several arguments and {@code POSITION(.. IN ..)} are
     * known to work: PostgreSQL and H2. Oracle and SQL Server reject the RECURSIVE keyword.
     */
    boolean supportsRecursiveQueries() {
        return provider instanceof PostgreSQLDatabaseProvider || provider instanceof H2DatabaseProvider;
    }
}
