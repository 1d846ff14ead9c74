package org.tandem.mentoring.store;

import java.util.Objects;
import net.java.ao.test.jdbc.H2Memory;
import net.java.ao.test.jdbc.JdbcConfiguration;
import net.java.ao.test.jdbc.Postgres;

/**
 * The database of the store tests, chosen with {@code ao.test.database}: {@code h2-memory} (the default) or
 * {@code postgres}, which reads {@code db.url}, {@code db.username}, {@code db.password} and {@code db.schema}.
 *
 * <p>It stands where {@code DynamicJdbcConfiguration} would: that one uses {@code db.url} whenever any
 * {@code db.*} property is set, whatever {@code ao.test.database} says, and the build always sets them, so every
 * "H2" run went to PostgreSQL.
 */
public final class StoreTestDatabase implements JdbcConfiguration {

    private final JdbcConfiguration database;

    public StoreTestDatabase() {
        String asked = System.getProperty("ao.test.database", "h2-memory");
        database = switch (asked) {
            case "h2-memory" -> new H2Memory();
            case "postgres" -> new Postgres(property("db.url"), property("db.username"), property("db.password"),
                    property("db.schema"));
            default -> throw new IllegalArgumentException(
                    "ao.test.database=" + asked + ": the store tests run on h2-memory or postgres");
        };
    }

    /** A system property, or null when blank or an unresolved Maven expression (then the runner's default). */
    private static String property(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() || value.startsWith("${") ? null : value;
    }

    @Override
    public String getUrl() {
        return database.getUrl();
    }

    @Override
    public String getSchema() {
        return database.getSchema();
    }

    @Override
    public String getUsername() {
        return database.getUsername();
    }

    @Override
    public String getPassword() {
        return database.getPassword();
    }

    @Override
    public void init() {
        database.init();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoreTestDatabase that && database.equals(that.database);
    }

    @Override
    public int hashCode() {
        return Objects.hash(StoreTestDatabase.class, database);
    }

    @Override
    public String toString() {
        return getUrl();
    }
}
