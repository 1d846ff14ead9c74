package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class EntityManagerActiveObjectsTest {

    private EntityManager entityManager;
    private ActiveObjects ao;
    private OrgChartRepository orgChart;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        orgChart = new OrgChartRepository(ao);
    }

    @Test
    public void tableNames_shouldCarryTheAtlassianPrefixAndStayShort() {
        for (Class<?> type : StoreEntities.all()) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            String table = entityManager.getTableNameConverter().getName((Class) type);
            assertEquals("AO_000000_", table.substring(0, 10));
            assertEquals(true, table.length() <= 30);
        }
        assertEquals("AO_000000_PROGRAMME", entityManager.getTableNameConverter().getName(ProgrammeEntity.class));
        assertEquals("AO_000000_ORG_PERSON", entityManager.getTableNameConverter().getName(OrgPersonEntity.class));
    }

    @Test
    @NonTransactional
    public void executeInTransaction_shouldCommitWhenTheCallbackReturns() {
        ao.executeInTransaction(() -> orgChart.replaceAll(List.of(OrgPerson.of("alice", null, "Sales", 3))));

        assertEquals(1, new EntityManagerActiveObjects(entityManager).count(OrgPersonEntity.class));
    }

    @Test
    @NonTransactional
    public void executeInTransaction_shouldRollBackEverythingWhenTheCallbackThrows() {
        assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            orgChart.replaceAll(List.of(OrgPerson.of("alice", null, "Sales", 3)));
            throw new IllegalStateException("fails after writing");
        }));

        assertEquals(0, ao.count(OrgPersonEntity.class));
    }

    /**
     * Confluence runs its transactions at the driver's default, READ COMMITTED; so does the stand-in (not the
     * SERIALIZABLE that {@code net.java.ao} would choose), as the database itself reports inside the transaction.
     */
    @Test
    @NonTransactional
    public void executeInTransaction_shouldRunAtReadCommittedAsTheHostDoes() {
        String level = ao.executeInTransaction(() -> {
            try {
                Connection connection = entityManager.getProvider().getConnection(); // the transaction's own
                assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
                if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                    return "read committed";
                }
                try (Statement statement = connection.createStatement();
                        ResultSet row = statement.executeQuery("SHOW transaction_isolation")) {
                    row.next();
                    return row.getString(1);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertEquals("read committed", level);
    }

    @Test
    public void executeInTransaction_shouldUndoOnlyTheFailedNestedCallback() {
        orgChart.replaceAll(List.of(OrgPerson.of("alice", null, "Sales", 3)));

        assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            orgChart.upsertAll(List.of(OrgPerson.of("bob", "alice", "Sales", 2)));
            throw new IllegalStateException("fails after writing");
        }));

        assertEquals(List.of("alice"), orgChart.findAll().stream().map(OrgPerson::userKey).toList());
    }
}
