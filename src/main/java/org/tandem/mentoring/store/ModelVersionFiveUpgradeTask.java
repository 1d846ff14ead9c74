package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.Query;
import org.tandem.mentoring.domain.programme.ProgrammePhase;

/**
 * Model version 5: the space keys the programmes hold, one unique row each (SPACE_CLAIM). The table is new, so it
 * comes empty whatever the earlier tasks migrated; this task writes a claim for every programme that holds a key.
 * Two programmes holding the same key could only come from two writers racing past the old check; the programme
 * bound to its space (SPACE_ID set) keeps the key, the oldest first, and the other is archived and lets the key
 * go, as when its space was removed: it stays, with everything in it, and no space finds it any more.
 */
public class ModelVersionFiveUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("5");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(StoreEntities.all());
        Map<String, Integer> holders = new HashMap<>();
        for (SpaceClaimEntity claim : ao.find(SpaceClaimEntity.class)) {
            holders.put(claim.getSpaceKey(), claim.getProgrammeId());
        }
        claim(ao, ProgrammeEntity.SPACE_ID + " IS NOT NULL", holders);
        claim(ao, ProgrammeEntity.SPACE_ID + " IS NULL", holders);
    }

    private static void claim(ActiveObjects ao, String where, Map<String, Integer> holders) {
        for (ProgrammeEntity programme : ao.find(ProgrammeEntity.class, Query.select()
                .where(ProgrammeEntity.SPACE_KEY + " IS NOT NULL AND " + where).order("ID ASC"))) {
            String key = programme.getSpaceKey();
            Integer holder = holders.putIfAbsent(key, programme.getID());
            if (holder == null) {
                ao.create(SpaceClaimEntity.class, Map.of(SpaceClaimEntity.SPACE_KEY, key,
                        SpaceClaimEntity.PROGRAMME_ID, programme.getID()));
            } else if (holder != programme.getID()) {
                programme.setPhase(ProgrammePhase.ARCHIVED.name());
                programme.setSpaceKey(null);
                programme.setVersion(programme.getVersion() + 1);
                programme.save();
            }
        }
    }
}
