package org.tandem.sandbox.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.FailedFastCountException;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * The host's ActiveObjects service over a plain {@link EntityManager}, for store tests and the sandbox.
 *
 * <p>{@link #executeInTransaction} runs the callback in a real JDBC transaction ({@link Transaction}: commit on
 * success, roll back on any exception). Called while a transaction is already open on this thread (a nested call,
 * or the transaction {@code ActiveObjectsJUnitRunner} wraps around each test) it joins that transaction inside a
 * savepoint, so a failing callback still leaves nothing of its own work behind. {@link SQLException}s surface as
 * {@link ActiveObjectsSqlException}, unchecked like the host's.
 *
 * <p>Transactions run at READ COMMITTED, as in Confluence: there Active Objects joins the host's transaction, on
 * a connection at the JDBC driver's default isolation (READ COMMITTED on PostgreSQL, and on H2). Left alone,
 * {@code net.java.ao}'s own {@code DatabaseProvider.startTransaction()} would make every transaction SERIALIZABLE,
 * and PostgreSQL then refuses concurrent writers with serialization failures (SQLState 40001) that a real
 * Confluence never raises. It reads the level from the system property {@value #ISOLATION_PROPERTY} at each
 * transaction; this class sets it unless it is set already.
 */
public class EntityManagerActiveObjects implements ActiveObjects {

    /** The system property {@code net.java.ao.DatabaseProvider} reads its transactions' isolation level from. */
    public static final String ISOLATION_PROPERTY = "ao.transaction.isolation.level";
    /** The host's isolation level: READ COMMITTED. */
    public static final String HOST_ISOLATION = "TRANSACTION_READ_COMMITTED";

    static {
        if (System.getProperty(ISOLATION_PROPERTY) == null) {
            System.setProperty(ISOLATION_PROPERTY, HOST_ISOLATION);
        }
    }

    private final EntityManager entityManager;

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /**
     * Opens a database with the host's naming conventions: tables {@code <tablePrefix><TABLE>}, for example
     * {@code AO_3A5F21_PROGRAMME}, upper-case column names. For the sandbox, for example
     * {@code open("jdbc:h2:file:/tmp/tandem/db", "sa", "", "AO_3A5F21_")}. {@link #close()} releases it.
     */
    public static EntityManagerActiveObjects open(String jdbcUrl, String username, String password,
            String tablePrefix) {
        return open(jdbcUrl, username, password, null, tablePrefix);
    }

    /** As {@link #open(String, String, String, String)}, with the tables in {@code schema} (null: the default). */
    public static EntityManagerActiveObjects open(String jdbcUrl, String username, String password, String schema,
            String tablePrefix) {
        var credentials = EntityManagerBuilder.url(jdbcUrl).username(username).password(password);
        if (schema != null) {
            credentials = credentials.schema(schema);
        }
        EntityManager manager = credentials.auto()
                .tableNameConverter(new AtlassianTableNameConverter(name -> tablePrefix + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        return new EntityManagerActiveObjects(manager);
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** Closes the database connections (only for instances made by {@link #open}). */
    public void close() {
        entityManager.getProvider().dispose();
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    @SafeVarargs
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrateDestructively(entities);
            return null;
        });
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public void flush(RawEntity<?>... entities) {
        entityManager.flush(entities);
    }

    @Override
    @SafeVarargs
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return sql(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        sql(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return sql(() -> entityManager.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql,
            Object... parameters) {
        return sql(() -> entityManager.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, streamCallback);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query,
            EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, query, streamCallback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public <K> int getFastCountEstimate(Class<? extends RawEntity<K>> type)
            throws SQLException, FailedFastCountException {
        return entityManager.count(type);
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        Connection open = openTransaction();
        if (open != null) {
            return inSavepoint(open, callback);
        }
        return sql(() -> new Transaction<T>(entityManager) {
            @Override
            protected T run() {
                return callback.doInTransaction();
            }
        }.execute());
    }

    /** The connection of the transaction already open on this thread, or null. */
    private Connection openTransaction() {
        return sql(() -> {
            Connection connection = entityManager.getProvider().getConnection();
            if (!connection.getAutoCommit()) {
                return connection; // the thread's transactional connection; closing it would be a no-op
            }
            connection.close();
            return null;
        });
    }

    private <T> T inSavepoint(Connection connection, TransactionCallback<T> callback) {
        Savepoint savepoint = sql(connection::setSavepoint);
        try {
            T result = callback.doInTransaction();
            sql(() -> {
                connection.releaseSavepoint(savepoint);
                return null;
            });
            return result;
        } catch (RuntimeException | Error failure) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
            entityManager.flushAll();
            throw failure;
        }
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    /** A database failure, unchecked as in the host's ActiveObjects. */
    public static class ActiveObjectsSqlException extends RuntimeException {
        public ActiveObjectsSqlException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
