package org.tandem.sandbox;

import org.apache.commons.dbcp.BasicDataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The sandbox's database (pages, spaces, restrictions, settings, mail, AO tables): an H2 file database in the data
 * folder by default, or a schema of a PostgreSQL database that several sandbox nodes share. It survives a restart.
 */
public final class SandboxDatabase implements AutoCloseable {

    /** Where the database lives: H2 in the data folder when {@code url} is null, else PostgreSQL. */
    public record Settings(String url, String user, String password, String schema) {

        public static final Settings H2 = new Settings(null, "sa", "", null);

        /** From TANDEM_DB_URL, TANDEM_DB_USER, TANDEM_DB_PASSWORD and TANDEM_DB_SCHEMA; H2 without a URL. */
        public static Settings fromEnvironment(Map<String, String> env) {
            String url = blankToNull(env.get("TANDEM_DB_URL"));
            if (url == null) {
                return H2;
            }
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new SandboxStartException("TANDEM_DB_URL must be a PostgreSQL JDBC address"
                        + " (jdbc:postgresql://host:port/database), not " + url);
            }
            String schema = blankToNull(env.get("TANDEM_DB_SCHEMA"));
            return new Settings(url, env.getOrDefault("TANDEM_DB_USER", "postgres"),
                    env.getOrDefault("TANDEM_DB_PASSWORD", ""), schema == null ? "public" : schema);
        }

        public boolean postgres() {
            return url != null;
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** Sandbox nodes take a PostgreSQL advisory lock of this number and their schema's while they start. */
    private static final long STARTUP_LOCK = 0x54414e44454dL << 16; // "TANDEM"

    private final Settings settings;
    private final String url;
    private final JdbcConnectionPool h2;
    private final BasicDataSource postgres;
    private final java.util.concurrent.atomic.LongAdder statements = new java.util.concurrent.atomic.LongAdder();

    public SandboxDatabase(Path dataDir) {
        this(dataDir, Settings.H2);
    }

    public SandboxDatabase(Path dataDir, Settings settings) {
        this.settings = settings;
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new SandboxStartException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        if (settings.postgres()) {
            if (!settings.schema().matches("[a-z_][a-z0-9_]*")) {
                throw new SandboxStartException("TANDEM_DB_SCHEMA must be a plain lower-case name, not "
                        + settings.schema());
            }
            this.url = settings.url() + (settings.url().contains("?") ? "&" : "?") + "currentSchema="
                    + settings.schema();
            createSchema();
            this.h2 = null;
            this.postgres = new BasicDataSource();
            postgres.setDriverClassName("org.postgresql.Driver");
            postgres.setUrl(url);
            postgres.setUsername(settings.user());
            postgres.setPassword(settings.password());
            postgres.setMaxActive(20);
        } else {
            this.url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("tandem") + ";DB_CLOSE_ON_EXIT=FALSE";
            this.h2 = JdbcConnectionPool.create(url, "sa", "");
            this.h2.setMaxConnections(20);
            this.postgres = null;
        }
    }

    private void createSchema() {
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + lockKey() + ")");
            try {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + settings.schema());
            } finally {
                s.execute("SELECT pg_advisory_unlock(" + lockKey() + ")");
            }
        } catch (SQLException e) {
            throw new SandboxStartException("cannot reach PostgreSQL at " + settings.url() + " as " + settings.user()
                    + ": " + e.getMessage(), e);
        }
    }

    private long lockKey() {
        return STARTUP_LOCK ^ settings.schema().hashCode();
    }

    public String url() {
        return url;
    }

    public boolean postgres() {
        return settings.postgres();
    }

    /** A description for the log: the database and, on PostgreSQL, the schema. */
    public String describe() {
        return postgres() ? settings.url() + " schema " + settings.schema() : url;
    }

    public Connection connection() throws SQLException {
        Connection c = postgres() ? postgres.getConnection() : h2.getConnection();
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        statements.increment();
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** How many statements the sandbox's own tables were asked for since the start (the load bench's figures). */
    public long statements() {
        return statements.sum();
    }

    /** The Active Objects tables of the plugin, in this database, with the host's table prefix. */
    public EntityManagerActiveObjects activeObjects(String tablePrefix) {
        return postgres()
                ? EntityManagerActiveObjects.open(settings.url(), settings.user(), settings.password(),
                        settings.schema(), tablePrefix)
                : EntityManagerActiveObjects.open(url, "sa", "", tablePrefix);
    }

    /** The column type of a generated BIGINT key. */
    public String identity() {
        return postgres() ? "BIGINT GENERATED BY DEFAULT AS IDENTITY" : "BIGINT AUTO_INCREMENT";
    }

    /** The column type of long text. */
    public String text() {
        return postgres() ? "TEXT" : "CLOB";
    }

    /**
     * Inserts a row or, when one with the same key exists, replaces its other columns.
     *
     * @param keys the key columns, first in {@code columns}
     */
    public void upsert(String table, String[] columns, int keys, Object... values) throws SQLException {
        String names = String.join(", ", columns);
        String marks = String.join(",", java.util.Collections.nCopies(columns.length, "?"));
        String sql;
        if (postgres()) {
            StringBuilder set = new StringBuilder();
            for (int i = keys; i < columns.length; i++) {
                set.append(set.isEmpty() ? "" : ", ").append(columns[i]).append("=EXCLUDED.").append(columns[i]);
            }
            sql = "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT ("
                    + String.join(", ", java.util.Arrays.copyOf(columns, keys)) + ") DO "
                    + (set.isEmpty() ? "NOTHING" : "UPDATE SET " + set);
        } else {
            sql = "MERGE INTO " + table + " (" + names + ") KEY ("
                    + String.join(", ", java.util.Arrays.copyOf(columns, keys)) + ") VALUES (" + marks + ")";
        }
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    /** Runs DDL statements, ignoring none: the caller uses IF NOT EXISTS. */
    public void ddl(String... statements) {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new SandboxStartException("cannot create the sandbox tables: " + e.getMessage(), e);
        }
    }

    /**
     * Held while a node creates its tables and writes the demo data, so that of two nodes starting at once on one
     * PostgreSQL database the second waits and then finds the data written. H2's file database admits one process
     * only, so there it holds nothing.
     */
    public AutoCloseable startupLock() {
        if (!postgres()) {
            return () -> { };
        }
        try {
            Connection c = connection();
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + lockKey() + ")");
            }
            return () -> {
                try (c; Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_unlock(" + lockKey() + ")");
                }
            };
        } catch (SQLException e) {
            throw new SandboxStartException("cannot take the start-up lock: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (postgres()) {
            try {
                postgres.close();
            } catch (SQLException e) {
                // already closed
            }
            return;
        }
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed
        }
        h2.dispose();
    }
}
