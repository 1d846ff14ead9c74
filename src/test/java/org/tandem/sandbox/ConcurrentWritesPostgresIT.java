package org.tandem.sandbox;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;

/**
 * {@link ConcurrentWrites} on PostgreSQL, where the stand-in's transactions once ran SERIALIZABLE and refused
 * concurrent writers with serialization failures. Needs PostgreSQL on 127.0.0.1:5432 (user postgres, database
 * test, or {@code -Dtandem.pg.url}, {@code -Dtandem.pg.user}); skipped when none answers. Its schema
 * ({@code -Dtandem.pg.schema}, by default tandem_concurrent_writes) is created for the run and dropped afterwards.
 */
public class ConcurrentWritesPostgresIT extends ConcurrentWrites {

    private static final String PG_URL = System.getProperty("tandem.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = System.getProperty("tandem.pg.user", "postgres");
    private static final String SCHEMA = System.getProperty("tandem.pg.schema", "tandem_concurrent_writes");

    private static Path dataDir;
    private static Sandbox sandbox;

    @BeforeClass
    public static void start() throws Exception {
        try {
            drop();
        } catch (SQLException e) {
            Assume.assumeTrue("needs PostgreSQL at " + PG_URL + " as " + PG_USER + " (" + e.getMessage()
                    + "): skipped", false);
        }
        dataDir = SandboxTestSupport.tempDir("concurrent-writes-pg");
        sandbox = Sandbox.start(Sandbox.Config.forPlugin(0, dataDir,
                SandboxTestSupport.basedir().resolve("src/test/sandbox-web"))
                .withDatabase(new SandboxDatabase.Settings(PG_URL, PG_USER, "", SCHEMA)));
    }

    @AfterClass
    public static void stop() throws Exception {
        try {
            if (sandbox != null) {
                sandbox.close();
            }
        } finally {
            sandbox = null;
            SandboxRule.delete(dataDir);
            if (dataDir != null) {
                drop();
            }
        }
    }

    private static void drop() throws SQLException {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "");
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Override
    protected Sandbox sandbox() {
        return sandbox;
    }
}
