package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.Set;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * The store's native SQL writes: updates conditional on a row's {@code VERSION}, for optimistic locking and for the
 * mentors' seat counters. The ActiveObjects interface has no UPDATE with a condition, so the statements go through
 * {@link NativeSql} on the connection the provider hands out for the transaction open on this thread. Call them
 * inside {@code executeInTransaction}: they join that transaction, and its rollback undoes them.
 *
 * <p>Proven on plain {@code net.java.ao} (H2 and PostgreSQL, {@code RowVersionUpdateTest}); on a real Confluence
 * that the provider's connection is the {@code TransactionTemplate}'s still needs a check (see the README).
 */
final class RowVersionUpdate {

    static final String ID = "ID";
    static final String VERSION = "VERSION";
    /** Reads of a seat row that a concurrent writer keeps changing before the step gives up. */
    private static final int SEAT_ATTEMPTS = 200;
    /** H2: concurrent update of a row (90131) and lock timeout (50200). */
    private static final Set<Integer> H2_CONFLICTS = Set.of(90131, 50200);

    private RowVersionUpdate() {
    }

    /**
     * {@code UPDATE t SET ..., VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?}: sets {@code values} on row
     * {@code id} if it is still at {@code expectedVersion}. Zero rows updated means somebody else changed the row
     * first: a {@link StaleVersionException}, and nothing written.
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
            if (lostRace(e)) {
                // deadlock or serialization failure, or on H2 a concurrent update or lock timeout: a concurrent
                // writer got there first
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

    /**
     * Takes ({@code delta} +1) or gives back (-1) one place of a mentor: reads the seat row, checks the capacity, and
     * updates {@code TAKEN} on condition that nobody changed the row since; a lost race reads again. Giving back a
     * place when none is taken does nothing.
     *
     * @throws MentorCapacityException       when every place is taken; nothing is written
     * @throws MentorSeatContentionException when concurrent writers keep winning, or the database refused to
     *                                       serialize the transaction (run it again)
     */
    static void moveSeat(ActiveObjects ao, MentorSeatEntity seat, int delta) {
        NativeSql db = NativeSql.of(seat);
        String table = db.table(MentorSeatEntity.class);
        String id = db.column(ID);
        String version = db.column(MentorSeatEntity.VERSION);
        String taken = db.column(MentorSeatEntity.TAKEN);
        String capacity = db.column(MentorSeatEntity.CAPACITY);
        String read = "SELECT " + capacity + ", " + taken + ", " + version + " FROM " + table + " WHERE " + id
                + " = ?";
        String write = "UPDATE " + table + " SET " + taken + " = ?, " + version + " = " + version + " + 1 WHERE "
                + id + " = ? AND " + version + " = ?";
        try (Connection connection = db.connection()) {
            for (int attempt = 0; attempt < SEAT_ATTEMPTS; attempt++) {
                int places;
                int used;
                int seen;
                try (PreparedStatement statement = db.prepare(connection, read)) {
                    statement.setInt(1, seat.getID());
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        places = row.getInt(1);
                        used = row.getInt(2);
                        seen = row.getInt(3);
                    }
                }
                int next = used + delta;
                if (delta > 0 && next > places) {
                    throw new MentorCapacityException(seat.getProgrammeId(), seat.getMentorKey());
                }
                if (next < 0) {
                    return; // nothing to give back
                }
                try (PreparedStatement statement = db.prepare(connection, write)) {
                    statement.setInt(1, next);
                    statement.setInt(2, seat.getID());
                    statement.setInt(3, seen);
                    if (statement.executeUpdate() == 1) {
                        ao.flush(seat);
                        return;
                    }
                } catch (SQLException e) {
                    if (!lostRace(e) || aborted(e)) {
                        throw e;
                    }
                    // H2 refused this statement only; read again
                }
            }
        } catch (SQLException e) {
            if (lostRace(e)) {
                throw new MentorSeatContentionException(seat.getID());
            }
            throw new IllegalStateException("Could not update the places of mentor " + seat.getMentorKey(), e);
        }
        throw new MentorSeatContentionException(seat.getID());
    }

    private static boolean lostRace(SQLException e) {
        return aborted(e) || H2_CONFLICTS.contains(e.getErrorCode());
    }

    /** Serialization failure or deadlock: the database has rolled back (PostgreSQL: aborted) the transaction. */
    private static boolean aborted(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("40");
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

    /**
     * Whether {@code failure}, or one of its causes, is the database refusing a duplicate key (SQLState 23505 on H2
     * and PostgreSQL alike; Active Objects wraps the SQLException).
     */
    static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
                if ("23505".equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code failure}, or one of its causes, is the database refusing to serialize the transaction: a
     * serialization failure or deadlock, or on H2 a concurrent update of the same row or a lock timeout (H2 reports a
     * racing insert into a unique index so when the other writer has not committed yet).
     */
    static boolean isAborted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && lostRace(sql)) {
                return true;
            }
        }
        return false;
    }
}
