package org.tandem.sandbox;

import org.h2.jdbcx.JdbcConnectionPool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The sandbox's H2 file database (pages, spaces, restrictions, AO tables); it survives a restart. */
public final class SandboxDatabase implements AutoCloseable {

    private final String url;
    private final JdbcConnectionPool pool;

    public SandboxDatabase(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new SandboxStartException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        this.url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("tandem") + ";DB_CLOSE_ON_EXIT=FALSE";
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        this.pool.setMaxConnections(20);
    }

    public String url() {
        return url;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
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

    @Override
    public void close() {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed
        }
        pool.dispose();
    }
}
