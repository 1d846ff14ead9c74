package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.tandem.mentoring.domain.matching.SpeedEvent;

/** The programmes' speed-mentoring events, with optimistic locking on their version. Does not ask who is asking. */
@Named
public class SpeedEventRepository {

    private static final String RECORD = "speedEvent";

    private final ActiveObjects ao;

    @Inject
    public SpeedEventRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The programme's events, earliest first. */
    public List<SpeedEvent> findByProgramme(int programmeId) {
        return Arrays.stream(ao.find(SpeedEventEntity.class, Query.select()
                        .where(SpeedEventEntity.PROGRAMME_ID + " = ?", programmeId)
                        .order(SpeedEventEntity.STARTS_AT + ", ID")))
                .map(SpeedEventRepository::event).toList();
    }

    public Optional<SpeedEvent> findById(int id) {
        SpeedEventEntity row = ao.get(SpeedEventEntity.class, id);
        return row == null ? Optional.empty() : Optional.of(event(row));
    }

    /** Stores a new event (its id and version are ignored) at version 1. */
    public SpeedEvent create(SpeedEvent event, String updatedBy, Instant at) {
        Map<String, Object> values = values(event, updatedBy, at);
        values.put(SpeedEventEntity.PROGRAMME_ID, event.programmeId());
        values.put(SpeedEventEntity.VERSION, 1);
        return ao.executeInTransaction(() -> event(ao.create(SpeedEventEntity.class, values)));
    }

    /** Changes the event if it is still at {@code event.version()}; otherwise a {@link StaleVersionException}. */
    public SpeedEvent update(SpeedEvent event, String updatedBy, Instant at) {
        Map<String, Object> values = values(event, updatedBy, at);
        return ao.executeInTransaction(() -> {
            RowVersionUpdate.apply(ao, SpeedEventEntity.class, RECORD, event.id(), event.version(), values);
            return event(ao.get(SpeedEventEntity.class, event.id()));
        });
    }

    /** Deletes the event if it is still at {@code version}; otherwise a {@link StaleVersionException}. */
    public void delete(int id, int version) {
        ao.executeInTransaction(() -> {
            SpeedEventEntity row = ao.get(SpeedEventEntity.class, id);
            if (row == null) {
                throw new RecordNotFoundException(RECORD, id);
            }
            if (ao.deleteWithSQL(SpeedEventEntity.class, "ID = ? AND " + SpeedEventEntity.VERSION + " = ?", id,
                    version) == 0) {
                throw new StaleVersionException(RECORD, id, version);
            }
            return null;
        });
    }

    private static Map<String, Object> values(SpeedEvent event, String updatedBy, Instant at) {
        return new Row(RECORD)
                .required(SpeedEventEntity.PLACE, "place", event.place(), StoreLimits.NAME)
                .required(SpeedEventEntity.UPDATED_BY, "updatedBy", updatedBy, StoreLimits.KEY)
                .value(SpeedEventEntity.STARTS_AT, event.startsAt().toEpochMilli())
                .range(SpeedEventEntity.MINUTES, "minutesPerRound", event.minutesPerRound(), 1,
                        SpeedEvent.MAX_MINUTES)
                .range(SpeedEventEntity.ROUNDS, "rounds", event.rounds(), 1, SpeedEvent.MAX_ROUNDS)
                .range(SpeedEventEntity.TABLES, "tables", event.tables(), 1, SpeedEvent.MAX_TABLES)
                .value(SpeedEventEntity.PARTICIPANTS, event.allApproved() ? null
                        : String.join("\n", event.participantKeys()))
                .value(SpeedEventEntity.MENTORS_SEATED, event.mentorsSeated())
                .value(SpeedEventEntity.UPDATED_AT, at.toEpochMilli())
                .values();
    }

    private static SpeedEvent event(SpeedEventEntity row) {
        String keys = row.getParticipants();
        return new SpeedEvent(row.getID(), row.getProgrammeId(), Instant.ofEpochMilli(row.getStartsAt()),
                row.getPlace(), row.getMinutes(), row.getRounds(), row.getTables(),
                keys == null || keys.isEmpty() ? List.of() : List.of(keys.split("\n")), row.isMentorsSeated(),
                row.getVersion());
    }
}
