package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.tandem.mentoring.domain.circle.PeerCircle;

/** The alumni peer circles and their members. Does not ask who is asking; two statements per list. */
@Named
public class PeerCircleRepository {

    private static final String RECORD = "peerCircle";

    private final ActiveObjects ao;

    @Inject
    public PeerCircleRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Stores a new circle with its members (its id is ignored). */
    public PeerCircle create(PeerCircle circle) {
        Map<String, Object> values = new Row(RECORD)
                .required(PeerCircleEntity.NAME, "name", circle.name(), StoreLimits.NAME)
                .required(PeerCircleEntity.CREATED_BY, "createdBy", circle.createdBy(), StoreLimits.KEY)
                .value(PeerCircleEntity.PROGRAMME_ID, circle.programmeId())
                .value(PeerCircleEntity.THEME_ID, circle.themeId())
                .value(PeerCircleEntity.CREATED_AT, circle.createdAt().toEpochMilli())
                .values();
        return ao.executeInTransaction(() -> {
            PeerCircleEntity row = ao.create(PeerCircleEntity.class, values);
            for (String member : circle.memberKeys()) {
                ao.create(CircleMemberEntity.class, Map.of(CircleMemberEntity.CIRCLE_ID, row.getID(),
                        CircleMemberEntity.USER_KEY, member));
            }
            return circle(row, circle.memberKeys());
        });
    }

    public Optional<PeerCircle> findById(int id) {
        PeerCircleEntity row = ao.get(PeerCircleEntity.class, id);
        return row == null ? Optional.empty() : Optional.of(circle(row, members(List.of(id)).getOrDefault(id,
                List.of())));
    }

    /** The programme's circles, oldest first. */
    public List<PeerCircle> findByProgramme(int programmeId) {
        return withMembers(ao.find(PeerCircleEntity.class, Query.select()
                .where(PeerCircleEntity.PROGRAMME_ID + " = ?", programmeId).order("ID ASC")));
    }

    /** The circles the person belongs to, oldest first. */
    public List<PeerCircle> findByMember(String userKey) {
        List<Integer> ids = Arrays.stream(ao.find(CircleMemberEntity.class, Query.select()
                .where(CircleMemberEntity.USER_KEY + " = ?", userKey))).map(CircleMemberEntity::getCircleId)
                .distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return withMembers(ao.find(PeerCircleEntity.class, Query.select()
                .where("ID IN (" + placeholders(ids.size()) + ")", ids.toArray()).order("ID ASC")));
    }

    /** Every circle, oldest first, for the daily reminders. */
    public List<PeerCircle> findAll() {
        return withMembers(ao.find(PeerCircleEntity.class, Query.select().order("ID ASC")));
    }

    /** Deletes the circle and its members; false when there was none. */
    public boolean delete(int id) {
        return ao.executeInTransaction(() -> {
            ao.deleteWithSQL(CircleMemberEntity.class, CircleMemberEntity.CIRCLE_ID + " = ?", id);
            return ao.deleteWithSQL(PeerCircleEntity.class, "ID = ?", id) > 0;
        });
    }

    /** Takes the person out of the circle; false when they were not in it. */
    public boolean leave(int id, String userKey) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(CircleMemberEntity.class,
                CircleMemberEntity.CIRCLE_ID + " = ? AND " + CircleMemberEntity.USER_KEY + " = ?", id, userKey) > 0);
    }

    private List<PeerCircle> withMembers(PeerCircleEntity[] rows) {
        if (rows.length == 0) {
            return List.of();
        }
        Map<Integer, List<String>> members = members(Arrays.stream(rows).map(PeerCircleEntity::getID).toList());
        List<PeerCircle> circles = new ArrayList<>();
        for (PeerCircleEntity row : rows) {
            circles.add(circle(row, members.getOrDefault(row.getID(), List.of())));
        }
        return circles;
    }

    private Map<Integer, List<String>> members(List<Integer> circleIds) {
        Map<Integer, List<String>> members = new HashMap<>();
        for (CircleMemberEntity m : ao.find(CircleMemberEntity.class, Query.select()
                .where(CircleMemberEntity.CIRCLE_ID + " IN (" + placeholders(circleIds.size()) + ")",
                        circleIds.toArray()).order("ID ASC"))) {
            members.computeIfAbsent(m.getCircleId(), k -> new ArrayList<>()).add(m.getUserKey());
        }
        return members;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static PeerCircle circle(PeerCircleEntity row, List<String> members) {
        return new PeerCircle(row.getID(), row.getProgrammeId(), row.getName(), row.getThemeId(), members,
                row.getCreatedBy(), Instant.ofEpochMilli(row.getCreatedAt()));
    }
}
