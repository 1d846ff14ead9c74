package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.tandem.mentoring.domain.participant.Participant;

/**
 * The learning themes of {@link ParticipantRepository}'s participants: checking that a participant's themes exist in
 * its programme, writing and replacing its choices, and reading the choices of many participants in a few queries.
 * The repository runs these inside its own transactions.
 */
final class ParticipantThemes {

    private static final String THEME_IDS = "participant.themeIds";

    private final ActiveObjects ao;

    ParticipantThemes(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * The theme ids of each of these participants (by participant id, participants without themes left out), in
     * the order they were chosen. When {@code programmeId} is given, all the participants belong to it and they
     * are more than {@value InClause#MAX}, the themes come from one query over the programme's choices instead of one
     * per {@value InClause#MAX} participants.
     */
    Map<Integer, List<Integer>> themesOf(List<Integer> participantIds, Integer programmeId) {
        Map<Integer, List<Integer>> themes = new HashMap<>();
        List<Integer> ids = participantIds;
        if (programmeId != null && ids.size() > InClause.MAX) {
            Set<Integer> loaded = new HashSet<>(ids);
            ao.stream(ParticipantThemeEntity.class, Query.select("ID, " + ParticipantThemeEntity.PARTICIPANT_ID + ", "
                    + ParticipantThemeEntity.THEME_ID).where(ParticipantThemeEntity.PROGRAMME_ID + " = ?", programmeId)
                    .order("ID ASC"), link -> {
                        if (loaded.contains(link.getParticipantId())) {
                            themes.computeIfAbsent(link.getParticipantId(), key -> new ArrayList<>())
                                    .add(link.getThemeId());
                        }
                    });
            ids = List.of();
        }
        for (List<Integer> part : InClause.parts(ids)) {
            ParticipantThemeEntity[] links = ao.find(ParticipantThemeEntity.class, Query.select()
                    .where(InClause.in(ParticipantThemeEntity.PARTICIPANT_ID, part), part.toArray())
                    .order("ID ASC"));
            for (ParticipantThemeEntity link : links) {
                themes.computeIfAbsent(link.getParticipantId(), key -> new ArrayList<>()).add(link.getThemeId());
            }
        }
        return themes;
    }

    /** Refuses themes that do not exist, or belong to another programme than the participant's. */
    void requireThemes(Participant participant) {
        Set<Integer> wanted = new LinkedHashSet<>(participant.themeIds());
        if (wanted.isEmpty()) {
            return;
        }
        String marks = wanted.stream().map(id -> "?").collect(Collectors.joining(", "));
        ThemeEntity[] found = ao.find(ThemeEntity.class,
                Query.select().where("ID IN (" + marks + ")", wanted.toArray()));
        Set<Integer> usable = Arrays.stream(found)
                .filter(theme -> theme.getProgrammeId() == null
                        || theme.getProgrammeId() == participant.programmeId())
                .map(ThemeEntity::getID)
                .collect(Collectors.toSet());
        for (Integer id : wanted) {
            if (!usable.contains(id)) {
                throw new StoreValidationException(THEME_IDS, StoreValidationException.Problem.NOT_FOUND,
                        "theme " + id + " does not exist in programme " + participant.programmeId());
            }
        }
    }

    /** Removes every theme choice of one participant (before {@link #writeThemes} writes the new ones). */
    void deleteThemes(int participantId) {
        ao.deleteWithSQL(ParticipantThemeEntity.class, ParticipantThemeEntity.PARTICIPANT_ID + " = ?",
                participantId);
    }

    /** Records the participant's themes for the participant row {@code participantId}, each theme once. */
    void writeThemes(int participantId, Participant participant) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Integer themeId : new LinkedHashSet<>(participant.themeIds())) {
            Map<String, Object> row = new HashMap<>();
            row.put(ParticipantThemeEntity.PROGRAMME_ID, participant.programmeId());
            row.put(ParticipantThemeEntity.PARTICIPANT_ID, participantId);
            row.put(ParticipantThemeEntity.THEME_ID, themeId);
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            ao.create(ParticipantThemeEntity.class, rows);
        }
    }
}
