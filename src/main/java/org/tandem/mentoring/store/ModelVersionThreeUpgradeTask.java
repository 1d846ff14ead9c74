package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 3: the running pairing's tables (PAIRING_HOME, SESSION, SESSION_NOTE, ACTION_ITEM, PAGE_AUDIT).
 * They are new and empty, so migrating to the entities is all it takes; no existing table changes.
 */
public class ModelVersionThreeUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(StoreEntities.all());
    }
}
