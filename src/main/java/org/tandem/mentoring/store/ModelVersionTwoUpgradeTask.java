package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.tandem.mentoring.domain.participant.ParticipantState;

/**
 * Model version 2.
 * <ul>
 * <li>Binds every programme to the id of its space as well as its key. The space is looked up by key; a programme
 * whose space no longer exists gets no id, so no space found by key will ever match it.</li>
 * <li>Fills the unique columns that make the database hold the uniqueness rules (PARTICIPANT.PROGRAMME_USER,
 * MENTOR_SEAT.PROGRAMME_MENTOR, THEME.PROGRAMME_NAME). A {@code @Unique} column is NOT NULL, which no database
 * adds to a table that holds rows; so the columns are first added nullable and not unique (the tables as
 * {@link ParticipantBeforeKeys}, {@link SeatBeforeKeys} and {@link ThemeBeforeKeys} declare them), the rows are
 * keyed one by one, and only then are the tables migrated to the entities, which makes the columns NOT NULL and
 * unique. Duplicates that the old check-then-insert let in are resolved first, the oldest row (lowest ID) winning:
 * a later open application of the same person in the same programme is withdrawn (it stays, for the record, and
 * no longer holds the place); a later row of places of the same mentor is deleted, the oldest keeping its taken
 * count (the one pairings moved) and the largest capacity of the group (capacity changes landed on any of them);
 * a later theme of the same programme with the same category and name is deleted after the participants who chose
 * it are moved to the oldest.</li>
 * </ul>
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

    /** PARTICIPANT while its key column is added: nullable and not yet unique. */
    @Table("PARTICIPANT")
    public interface ParticipantBeforeKeys extends Entity {
        @StringLength(UniqueKey.LENGTH)
        String getProgrammeUser();

        void setProgrammeUser(String key);
    }

    /** MENTOR_SEAT while its key column is added: nullable and not yet unique. */
    @Table("MENTOR_SEAT")
    public interface SeatBeforeKeys extends Entity {
        @StringLength(UniqueKey.LENGTH)
        String getProgrammeMentor();

        void setProgrammeMentor(String key);
    }

    /** THEME while its key column is added: nullable and not yet unique. */
    @Table("THEME")
    public interface ThemeBeforeKeys extends Entity {
        @StringLength(UniqueKey.LENGTH)
        String getProgrammeName();

        void setProgrammeName(String key);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ParticipantBeforeKeys.class, SeatBeforeKeys.class, ThemeBeforeKeys.class);
        keyParticipants(ao);
        keySeats(ao);
        keyThemes(ao);
        ao.migrate(StoreEntities.all());
        bindSpaceIds(ao);
    }

    private void bindSpaceIds(ActiveObjects ao) {
        for (ProgrammeEntity programme : ao.find(ProgrammeEntity.class,
                Query.select().where(ProgrammeEntity.SPACE_ID + " IS NULL"))) {
            Space space = programme.getSpaceKey() == null ? null : spaceManager.getSpace(programme.getSpaceKey());
            if (space != null && space.getId() > 0) {
                programme.setSpaceId(space.getId());
                programme.save();
            }
        }
    }

    private static void keyParticipants(ActiveObjects ao) {
        Set<String> taken = new HashSet<>();
        for (ParticipantEntity p : ao.find(ParticipantEntity.class, Query.select().order("ID ASC"))) {
            ParticipantState state = ParticipantState.valueOf(p.getState());
            String key = ParticipantRepository.enrolmentKey(p.getProgrammeId(), p.getUserKey(), state, p.getID());
            if (!state.isFinal() && !taken.add(key)) {
                p.setState(ParticipantState.WITHDRAWN.name());
                p.setVersion(p.getVersion() + 1);
                key = ParticipantRepository.enrolmentKey(p.getProgrammeId(), p.getUserKey(),
                        ParticipantState.WITHDRAWN, p.getID());
            }
            p.setProgrammeUser(key);
            p.save();
        }
    }

    private static void keySeats(ActiveObjects ao) {
        Map<String, MentorSeatEntity> kept = new HashMap<>();
        for (MentorSeatEntity seat : ao.find(MentorSeatEntity.class, Query.select().order("ID ASC"))) {
            String key = UniqueKey.of(seat.getProgrammeId(), seat.getMentorKey());
            MentorSeatEntity oldest = kept.get(key);
            if (oldest == null) {
                kept.put(key, seat);
                continue;
            }
            oldest.setCapacity(Math.max(oldest.getCapacity(), seat.getCapacity()));
            ao.delete(seat);
        }
        for (Map.Entry<String, MentorSeatEntity> e : kept.entrySet()) {
            e.getValue().setProgrammeMentor(e.getKey());
            e.getValue().save();
        }
    }

    private static void keyThemes(ActiveObjects ao) {
        Map<String, ThemeEntity> kept = new HashMap<>();
        for (ThemeEntity theme : ao.find(ThemeEntity.class, Query.select().order("ID ASC"))) {
            String key = theme.getProgrammeId() == null ? UniqueKey.released("default", theme.getID())
                    : UniqueKey.theme(theme.getProgrammeId(), theme.getCategory(), theme.getName());
            ThemeEntity oldest = kept.get(key);
            if (oldest == null) {
                kept.put(key, theme);
                continue;
            }
            for (ParticipantThemeEntity choice : ao.find(ParticipantThemeEntity.class,
                    Query.select().where(ParticipantThemeEntity.THEME_ID + " = ?", theme.getID()))) {
                boolean hasOldest = ao.count(ParticipantThemeEntity.class, Query.select().where(
                        ParticipantThemeEntity.PARTICIPANT_ID + " = ? AND " + ParticipantThemeEntity.THEME_ID
                                + " = ?", choice.getParticipantId(), oldest.getID())) > 0;
                if (hasOldest) {
                    ao.delete(choice);
                } else {
                    choice.setThemeId(oldest.getID());
                    choice.save();
                }
            }
            ao.delete(theme);
        }
        for (Map.Entry<String, ThemeEntity> e : kept.entrySet()) {
            e.getValue().setProgrammeName(e.getKey());
            e.getValue().save();
        }
    }
}
