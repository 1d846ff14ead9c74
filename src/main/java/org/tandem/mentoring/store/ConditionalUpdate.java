package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * Optimistic locking: {@code UPDATE t SET ..., VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?}. Zero rows
 * updated means somebody else changed the row first, and the update fails with a {@link StaleVersionException}.
 *
 * <p>The ActiveObjects interface has no UPDATE with a condition, so the statement goes through {@link NativeSql}
 * on the connection of the current transaction. Call it inside {@code executeInTransaction}.
 */
final class ConditionalUpdate {

    static final String ID = "ID";
    static final String VERSION = "VERSION";

    private ConditionalUpdate() {
    }

    /**
     * Sets {@code values} on row {@code id} if it is still at {@code expectedVersion}.
     *
     * @return the new version
     */
    static <E extends Entity> int apply(ActiveObjects ao, Class<E> type, String record, int id,
            int expectedVersion, Map<String, Object> values) {
        E[] found = ao.find(type, Query.select(ID).where(ID + " = ?", id));
        if (found.length == 0) {
            throw new RecordNotFoundException(record, id);
        }
        NativeSql db = NativeSql.of(found[0]);
        String version = db.column(VERSION);
        StringBuilder sql = new StringBuilder("UPDATE ").append(db.table(type)).append(" SET ");
        for (String column : values.keySet()) {
            sql.append(db.column(column)).append(" = ?, ");
        }
        sql.append(version).append(" = ").append(version).append(" + 1 WHERE ")
                .append(db.column(ID)).append(" = ? AND ").append(version).append(" = ?");
        int updated;
        try (Connection connection = db.connection();
                PreparedStatement statement = db.prepare(connection, sql)) {
            int index = 1;
            for (Object value : values.values()) {
                bind(statement, index++, value);
            }
            statement.setInt(index++, id);
            statement.setInt(index, expectedVersion);
            updated = statement.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("40")) {
                // serialization failure or deadlock: a concurrent writer got there first
                throw new StaleVersionException(record, id, expectedVersion);
            }
            throw new IllegalStateException("Could not update " + record + " " + id, e);
        }
        if (updated == 0) {
            throw new StaleVersionException(record, id, expectedVersion);
        }
        ao.flush(found);
        return expectedVersion + 1;
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            // untyped null: PostgreSQL then infers the column's type (VARCHAR would clash with BIGINT columns)
            statement.setNull(index, Types.NULL);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else {
            throw new IllegalArgumentException("Unsupported column value " + value.getClass().getName());
        }
    }
}
