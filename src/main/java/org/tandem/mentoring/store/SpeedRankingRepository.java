package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.tandem.mentoring.domain.matching.SpeedRanking;

/**
 * The participants' rankings after speed-mentoring events, one per event and person, with optimistic locking on
 * their version. Does not ask who is asking.
 */
@Named
public class SpeedRankingRepository {

    private static final String RECORD = "speedRanking";

    private final ActiveObjects ao;

    @Inject
    public SpeedRankingRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The person's ranking of the event, if they saved one. */
    public Optional<SpeedRanking> find(int eventId, String personKey) {
        SpeedRankingEntity[] rows = ao.find(SpeedRankingEntity.class, Query.select()
                .where(SpeedRankingEntity.EVENT_PERSON + " = ?", UniqueKey.of(eventId, personKey)));
        return rows.length == 0 ? Optional.empty() : Optional.of(ranking(rows[0]));
    }

    /** Every ranking saved for the event, by person key. */
    public Map<String, SpeedRanking> findByEvent(int eventId) {
        Map<String, SpeedRanking> all = new HashMap<>();
        Arrays.stream(ao.find(SpeedRankingEntity.class, Query.select()
                        .where(SpeedRankingEntity.EVENT_ID + " = ?", eventId)))
                .map(SpeedRankingRepository::ranking).forEach(r -> all.put(r.personKey(), r));
        return all;
    }

    /** How many people saved a ranking of each event, by event id (events without any left out); one query. */
    public Map<Integer, Integer> countByEvents(Collection<Integer> eventIds) {
        Map<Integer, Integer> counts = new HashMap<>();
        if (eventIds.isEmpty()) {
            return counts;
        }
        String marks = String.join(", ", Collections.nCopies(eventIds.size(), "?"));
        Query query = Query.select("ID, " + SpeedRankingEntity.EVENT_ID)
                .where(SpeedRankingEntity.EVENT_ID + " IN (" + marks + ")", eventIds.toArray());
        for (SpeedRankingEntity row : ao.find(SpeedRankingEntity.class, query)) {
            counts.merge(row.getEventId(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Stores the ranking if the person's is still at {@code ranking.version()} (0: none stored yet); otherwise a
     * {@link StaleVersionException} and nothing written.
     */
    public SpeedRanking save(SpeedRanking ranking, Instant at) {
        String unique = UniqueKey.of(ranking.eventId(), ranking.personKey());
        Map<String, Object> values = new Row(RECORD)
                .value(SpeedRankingEntity.RANKED, lines(ranking.ranked()))
                .value(SpeedRankingEntity.NOT_PAIRED, lines(ranking.notPaired()))
                .value(SpeedRankingEntity.UPDATED_AT, at.toEpochMilli())
                .values();
        return ao.executeInTransaction(() -> {
            SpeedRankingEntity[] existing = ao.find(SpeedRankingEntity.class, Query.select()
                    .where(SpeedRankingEntity.EVENT_PERSON + " = ?", unique));
            if (existing.length == 0) {
                if (ranking.version() != 0) {
                    throw new StaleVersionException(RECORD, ranking.eventId(), ranking.version());
                }
                values.putAll(new Row(RECORD)
                        .required(SpeedRankingEntity.PERSON_KEY, "personKey", ranking.personKey(), StoreLimits.KEY)
                        .values());
                values.put(SpeedRankingEntity.EVENT_ID, ranking.eventId());
                values.put(SpeedRankingEntity.EVENT_PERSON, unique);
                values.put(SpeedRankingEntity.VERSION, 1);
                try {
                    return ranking(ao.create(SpeedRankingEntity.class, values));
                } catch (RuntimeException e) {
                    if (UniqueKey.isDuplicate(e)) {
                        throw new StaleVersionException(RECORD, ranking.eventId(), 0);
                    }
                    throw e;
                }
            }
            int id = existing[0].getID();
            RowVersionUpdate.apply(ao, SpeedRankingEntity.class, RECORD, id, ranking.version(), values);
            return ranking(ao.get(SpeedRankingEntity.class, id));
        });
    }

    private static String lines(Collection<String> keys) {
        return keys.isEmpty() ? null : String.join("\n", keys);
    }

    private static List<String> keys(String lines) {
        return lines == null || lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
    }

    private static SpeedRanking ranking(SpeedRankingEntity row) {
        Set<String> notPaired = new LinkedHashSet<>(keys(row.getNotPaired()));
        return new SpeedRanking(row.getEventId(), row.getPersonKey(), keys(row.getRanked()), notPaired,
                row.getVersion());
    }
}
