package org.tandem.mentoring.store;

import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/** What a table holds in some columns, read past Active Objects: to prove that nothing sealed is plain text. */
final class RawColumns {

    private RawColumns() {
    }

    /** The values of {@code columns} of every row, '|' between values and a line per row; fails on no rows. */
    static String read(EntityManager entityManager, Class<? extends RawEntity<?>> type, String... columns)
            throws Exception {
        DatabaseProvider provider = entityManager.getProvider();
        String table = provider.withSchema(entityManager.getTableNameConverter().getName(type));
        List<String> select = new ArrayList<>();
        for (String column : columns) {
            select.add(provider.processID(column));
        }
        StringBuilder rows = new StringBuilder();
        try (Connection connection = provider.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT " + String.join(", ", select)
                        + " FROM " + table);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                for (int i = 1; i <= columns.length; i++) {
                    rows.append(result.getString(i)).append('|');
                }
                rows.append('\n');
            }
        }
        assertTrue("no rows in " + table, rows.length() > 0);
        return rows.toString();
    }
}
