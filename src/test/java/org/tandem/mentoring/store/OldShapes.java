package org.tandem.mentoring.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/** Turns the store's tables back into the shape an earlier model version left them in, rows kept. */
final class OldShapes {

    private OldShapes() {
    }

    /** The table without the column (and so without its unique constraint), as before the column existed. */
    static void dropColumn(EntityManager entityManager, Class<? extends RawEntity<?>> entity, String column)
            throws Exception {
        DatabaseProvider provider = entityManager.getProvider();
        String table = table(entityManager, entity);
        try (Connection connection = provider.getConnection(); Statement statement = connection.createStatement()) {
            if (provider.getClass().getSimpleName().startsWith("H2")) {
                List<String> constraints = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.CONSTRAINTS"
                        + " WHERE TABLE_NAME = '" + table + "' AND COLUMN_LIST = '" + column + "'")) {
                    while (rs.next()) {
                        constraints.add(rs.getString(1));
                    }
                }
                for (String constraint : constraints) {
                    statement.executeUpdate("ALTER TABLE " + provider.withSchema(table) + " DROP CONSTRAINT "
                            + constraint);
                }
            }
            statement.executeUpdate("ALTER TABLE " + provider.withSchema(table) + " DROP COLUMN "
                    + provider.processID(column));
        }
    }

    /** No such table, as before the entity existed. */
    static void dropTable(EntityManager entityManager, Class<? extends RawEntity<?>> entity) throws Exception {
        DatabaseProvider provider = entityManager.getProvider();
        try (Connection connection = provider.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP TABLE " + provider.withSchema(table(entityManager, entity)));
        }
    }

    private static String table(EntityManager entityManager, Class<? extends RawEntity<?>> entity) {
        return entityManager.getNameConverters().getTableNameConverter().getName(entity);
    }
}
