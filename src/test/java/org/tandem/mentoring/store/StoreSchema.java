package org.tandem.mentoring.store;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** Creates every table of the store, empty. */
public class StoreSchema implements DatabaseUpdater {

    @Override
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(StoreEntities.all());
    }
}
