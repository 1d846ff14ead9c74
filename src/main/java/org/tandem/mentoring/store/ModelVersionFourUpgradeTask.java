package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 4: the surveys' tables (SURVEY_STATEMENT, SURVEY_ANSWER, SURVEY_RATING). They are new and empty,
 * so migrating to the entities is all it takes; no existing table changes.
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
