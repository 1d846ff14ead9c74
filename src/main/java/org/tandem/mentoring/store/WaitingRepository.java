package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The rows "what waits for a person" is made of, for one person or (with a null user key) for everyone: a
 * constant number of statements per question, whatever the number of people (lists of ids go in chunks of 500).
 * Rows carry ids, keys and dates only, never a note, a learning's text or a reason.
 */
@Named
public class WaitingRepository {

    /** An application in a state that waits for someone. */
    public record Application(int id, int programmeId, String userKey, String managerKey) {
    }

    /**
     * A pairing: who is in it, how its consents stand, since when it is active, its pairing page and the cadence the
     * pair set there (null: the programme's).
     */
    public record PairingRow(int id, int programmeId, String menteeKey, String mentorKey, String managerKey,
            String sponsorKey, String menteeConsent, String mentorConsent, String managerConsent,
            String sponsorConsent, Long activeSince, Long homePageId, String homeCadence) {
    }

    /** A shared learning without feedback: whose, shared when, and the mentee's current manager. */
    public record SharedLearning(int id, int programmeId, int pairingId, String menteeKey, String managerKey,
            long sharedAt) {
    }

    private final ActiveObjects ao;

    @Inject
    public WaitingRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Applications in {@code state}, with the applicant's manager from the org chart; only those of the manager. */
    public List<Application> applications(String state, String managerKey) {
        return ao.executeInTransaction(() -> {
            Map<String, String> managers = new HashMap<>();
            if (managerKey != null) {
                for (OrgPersonEntity p : ao.find(OrgPersonEntity.class, Query.select()
                        .where(OrgPersonEntity.MANAGER_KEY + " = ?", managerKey))) {
                    managers.put(p.getUserKey(), managerKey);
                }
                if (managers.isEmpty()) {
                    return List.of();
                }
            }
            List<Application> out = new ArrayList<>();
            List<ParticipantEntity> rows = managerKey == null
                    ? Arrays.asList(ao.find(ParticipantEntity.class, Query.select()
                            .where(ParticipantEntity.STATE + " = ?", state)))
                    : inChunks(ParticipantEntity.class, ParticipantEntity.STATE + " = ? AND "
                            + ParticipantEntity.USER_KEY, state, managers.keySet());
            if (managerKey == null) {
                managersOf(rows.stream().map(ParticipantEntity::getUserKey).toList(), managers);
            }
            for (ParticipantEntity p : rows) {
                out.add(new Application(p.getID(), p.getProgrammeId(), p.getUserKey(), managers.get(p.getUserKey())));
            }
            return out;
        });
    }

    /** The programme ids in which the person has an application that is not withdrawn or declined. */
    public List<Integer> enrolledProgrammes(String userKey) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(ParticipantEntity.class, Query.select()
                .where(ParticipantEntity.USER_KEY + " = ? AND " + ParticipantEntity.STATE + " NOT IN (?, ?)",
                        userKey, "WITHDRAWN", "DECLINED"))).map(ParticipantEntity::getProgrammeId).distinct().toList());
    }

    /** Pairings in {@code state}, of everyone or only those the person takes part in (mentee, mentor, manager, sponsor). */
    public List<PairingRow> pairings(String state, String userKey) {
        return ao.executeInTransaction(() -> {
            PairingEntity[] rows = userKey == null
                    ? ao.find(PairingEntity.class, Query.select().where(PairingEntity.STATE + " = ?", state))
                    : ao.find(PairingEntity.class, Query.select().where(PairingEntity.STATE + " = ? AND ("
                            + PairingEntity.MENTEE_KEY + " = ? OR " + PairingEntity.MENTOR_KEY + " = ? OR "
                            + PairingEntity.MANAGER_KEY + " = ? OR " + PairingEntity.SPONSOR_KEY + " = ?)", state,
                            userKey, userKey, userKey, userKey));
            Map<Integer, PairingHomeEntity> homes = new HashMap<>();
            for (PairingHomeEntity h : inChunks(PairingHomeEntity.class, PairingHomeEntity.PAIRING_ID, null,
                    Arrays.stream(rows).map(PairingEntity::getID).toList())) {
                homes.put(h.getPairingId(), h);
            }
            return Arrays.stream(rows).map(p -> new PairingRow(p.getID(), p.getProgrammeId(), p.getMenteeKey(),
                    p.getMentorKey(), p.getManagerKey(), p.getSponsorKey(), p.getMenteeConsent(),
                    p.getMentorConsent(), p.getManagerConsent(), p.getSponsorConsent(), p.getDecidedAt(),
                    homes.containsKey(p.getID()) ? homes.get(p.getID()).getPageId() : null,
                    homes.containsKey(p.getID()) ? homes.get(p.getID()).getCadence() : null)).toList();
        });
    }

    /** Of these pairings, those whose expectations meeting their manager has recorded ("pairing:manager" keys). */
    public List<String> expectationsHeld(Collection<Integer> pairingIds) {
        return ao.executeInTransaction(() -> inChunks(ExpectationsEntity.class, ExpectationsEntity.PAIRING_ID, null,
                pairingIds).stream().map(e -> e.getPairingId() + ":" + e.getManagerKey()).toList());
    }

    /** Of these pairings, the start (epoch milliseconds) of the latest session begun by {@code now}, by pairing. */
    public Map<Integer, Long> lastSessions(Collection<Integer> pairingIds, long now) {
        Map<Integer, Long> last = new HashMap<>();
        ao.executeInTransaction(() -> {
            for (SessionEntity s : inChunks(SessionEntity.class, SessionEntity.STARTS_AT + " <= ? AND "
                    + SessionEntity.PAIRING_ID, now, pairingIds)) {
                last.merge(s.getPairingId(), s.getStartsAt(), Math::max);
            }
            return null;
        });
        return last;
    }

    /** Of these pairings, those with a session planned after {@code now}. */
    public List<Integer> withPlannedSession(Collection<Integer> pairingIds, long now) {
        return ao.executeInTransaction(() -> inChunks(SessionEntity.class, SessionEntity.STARTS_AT + " > ? AND "
                + SessionEntity.PAIRING_ID, now, pairingIds).stream().map(SessionEntity::getPairingId).distinct()
                .toList());
    }

    /**
     * Shared learnings still without feedback, with the mentee's current manager from the org chart: of everyone,
     * or of the reports of {@code managerKey}.
     */
    public List<SharedLearning> sharedWithoutFeedback(String managerKey) {
        return ao.executeInTransaction(() -> {
            Map<String, String> managers = new HashMap<>();
            List<LearningEntity> rows;
            String open = LearningEntity.SHARED + " = ? AND " + LearningEntity.FEEDBACK_BY + " IS NULL";
            if (managerKey != null) {
                for (OrgPersonEntity p : ao.find(OrgPersonEntity.class, Query.select()
                        .where(OrgPersonEntity.MANAGER_KEY + " = ?", managerKey))) {
                    managers.put(p.getUserKey(), managerKey);
                }
                rows = inChunks(LearningEntity.class, open + " AND " + LearningEntity.MENTEE_KEY, true,
                        managers.keySet());
            } else {
                rows = Arrays.asList(ao.find(LearningEntity.class, Query.select().where(open, true)));
                managersOf(rows.stream().map(LearningEntity::getMenteeKey).toList(), managers);
            }
            return rows.stream().filter(l -> managers.get(l.getMenteeKey()) != null)
                    .map(l -> new SharedLearning(l.getID(), l.getProgrammeId(), l.getPairingId(), l.getMenteeKey(),
                            managers.get(l.getMenteeKey()), l.getSharedAt() == null ? l.getCreatedAt()
                                    : l.getSharedAt())).toList();
        });
    }

    /** Fills {@code managers} with the org chart's manager of each of these people. */
    private void managersOf(List<String> userKeys, Map<String, String> managers) {
        for (OrgPersonEntity p : inChunks(OrgPersonEntity.class, OrgPersonEntity.USER_KEY, null,
                new java.util.LinkedHashSet<>(userKeys))) {
            if (p.getManagerKey() != null) {
                managers.put(p.getUserKey(), p.getManagerKey());
            }
        }
    }

    /**
     * {@code SELECT ... WHERE <prefix> IN (...)} over the values in chunks; {@code prefix} may start with a
     * condition whose one argument is {@code first} (null: no such argument).
     */
    private <E extends RawEntity<Integer>, V> List<E> inChunks(Class<E> type, String prefix, Object first,
            Collection<V> values) {
        List<E> out = new ArrayList<>();
        for (List<V> part : InClause.parts(values)) {
            List<Object> args = new ArrayList<>();
            if (first != null) {
                args.add(first);
            }
            args.addAll(part);
            out.addAll(Arrays.asList(ao.find(type, Query.select().where(InClause.in(prefix, part),
                    args.toArray()))));
        }
        return out;
    }

}
