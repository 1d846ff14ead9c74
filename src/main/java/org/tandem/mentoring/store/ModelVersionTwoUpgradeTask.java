package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import net.java.ao.Query;

/**
 * Model version 2: binds every programme to the id of its space as well as its key. The space is looked up by key;
 * a programme whose space no longer exists keeps no id, so no space found by key will ever match it.
 */
public class ModelVersionTwoUpgradeTask implements ActiveObjectsUpgradeTask {

    private final SpaceManager spaceManager;

    public ModelVersionTwoUpgradeTask(SpaceManager spaceManager) {
        this.spaceManager = spaceManager;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(StoreEntities.all());
        for (ProgrammeEntity programme : ao.find(ProgrammeEntity.class,
                Query.select().where(ProgrammeEntity.SPACE_ID + " IS NULL"))) {
            Space space = programme.getSpaceKey() == null ? null : spaceManager.getSpace(programme.getSpaceKey());
            if (space != null && space.getId() > 0) {
                programme.setSpaceId(space.getId());
                programme.save();
            }
        }
    }
}
