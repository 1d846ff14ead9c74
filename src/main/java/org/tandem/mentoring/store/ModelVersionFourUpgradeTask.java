package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 4: the learning tables (LEARNING, EXPECTATIONS, FIT_ANSWER), the org chart import log's SOURCE,
 * OUTCOME and REPORT, the surveys' tables (SURVEY_STATEMENT, SURVEY_ANSWER, SURVEY_RATING), the scheduled work's
 * tables (JOB_RUN, SENT_MAIL, MAIL_PREFERENCE), the programmes' matching settings (MATCH_SETTINGS) and their
 * speed-mentoring events (SPEED_EVENT), and the people who left the org chart (ORG_LEAVER). The tables are new and
 * empty; the columns are nullable and a row without them reads as what every import before them was, an upload
 * that was written. So migrating to the entities is all it takes.
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
