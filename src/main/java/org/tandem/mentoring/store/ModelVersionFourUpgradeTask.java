package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 4: the scheduled work's tables (JOB_RUN, SENT_MAIL, MAIL_PREFERENCE).
 * They are new and empty, so migrating to the entities is all it takes; no existing table changes.
 */
public class ModelVersionFourUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(StoreEntities.all());
    }
}
