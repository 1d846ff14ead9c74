package org.tandem.mentoring.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import net.java.ao.EntityManager;

/** How many SQL statements a read runs, by H2's query statistics (H2 only). */
final class QueryStatistics {

    private QueryStatistics() {
    }

    static boolean available(EntityManager entityManager) {
        return entityManager.getProvider() instanceof net.java.ao.db.H2DatabaseProvider;
    }

    static long statements(EntityManager entityManager, Supplier<?> read) throws SQLException {
        try (Connection connection = entityManager.getProvider().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET QUERY_STATISTICS FALSE");
            statement.execute("SET QUERY_STATISTICS TRUE");
            read.get();
            long count = 0;
            try (ResultSet rows = statement.executeQuery(
                    "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (rows.next()) {
                    if (!rows.getString(1).startsWith("SET QUERY_STATISTICS")) {
                        count += rows.getLong(2);
                    }
                }
            }
            statement.execute("SET QUERY_STATISTICS FALSE");
            return count;
        }
    }
}
