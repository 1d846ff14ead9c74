package org.tandem.mentoring.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/**
 * Empties every Tandem table of a test schema and commits. Store test classes share one schema per run and each
 * test's own work is rolled back, but a fixture that writes through JDBC and commits (DashboardFixture) leaves its
 * rows for the classes that run after it; such a class clears them when it is done.
 */
public final class StoreTables {

    private StoreTables() {
    }

    public static void empty(EntityManager entityManager) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(Arrays.asList(StoreEntities.all()));
        Collections.reverse(entities);
        try {
            ProgrammeEntity probe = entityManager.create(ProgrammeEntity.class,
                    new DBParam(ProgrammeEntity.NAME, "probe"), new DBParam(ProgrammeEntity.PROGRAMME_TYPE,
                            "ONE_TO_ONE"), new DBParam(ProgrammeEntity.CADENCE, "MONTHLY"),
                    new DBParam(ProgrammeEntity.PHASE, "DRAFT"));
            NativeSql sql = NativeSql.of(probe);
            try (Connection c = sql.connection(); Statement statement = c.createStatement()) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                for (Class<? extends RawEntity<?>> entity : entities) {
                    statement.executeUpdate("DELETE FROM " + sql.table(entity));
                }
                c.commit();
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the Tandem tables: " + e.getMessage(), e);
        }
    }
}
