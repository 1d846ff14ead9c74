package org.tandem.mentoring.domain.participant;

import java.time.Instant;
import java.util.List;

/**
 * A person enrolled in a programme as mentor or mentee.
 *
 * <p>{@code id} and {@code version} are 0 before the participant is stored. {@code themeIds} are the learning themes
 * wanted (mentee) or offered (mentor). {@code capacity} is how many mentees a mentor takes (1 for a mentee).
 * {@code decidedBy} (a user key) and {@code decidedAt} record who last moved the state and when; both are null
 * while nobody has decided.
 */
public record Participant(
        int id,
        int version,
        int programmeId,
        String userKey,
        ParticipantRole role,
        List<Integer> themeIds,
        int capacity,
        String motivation,
        String goals,
        String language,
        String availability,
        List<String> preferredUserKeys,
        List<String> excludedUserKeys,
        ParticipantState state,
        String decidedBy,
        Instant decidedAt) {

    public Participant {
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
        preferredUserKeys = preferredUserKeys == null ? List.of() : List.copyOf(preferredUserKeys);
        excludedUserKeys = excludedUserKeys == null ? List.of() : List.copyOf(excludedUserKeys);
    }

    /** A fresh application in state {@link ParticipantState#APPLIED}. */
    public static Participant apply(int programmeId, String userKey, ParticipantRole role, List<Integer> themeIds) {
        return new Participant(0, 0, programmeId, userKey, role, themeIds, 1, null, null, null, null, List.of(),
                List.of(), ParticipantState.APPLIED, null, null);
    }

    public Participant withCapacity(int newCapacity) {
        return new Participant(id, version, programmeId, userKey, role, themeIds, newCapacity, motivation, goals,
                language, availability, preferredUserKeys, excludedUserKeys, state, decidedBy, decidedAt);
    }

    public Participant withStatement(String newMotivation, String newGoals, String newLanguage,
            String newAvailability) {
        return new Participant(id, version, programmeId, userKey, role, themeIds, capacity, newMotivation, newGoals,
                newLanguage, newAvailability, preferredUserKeys, excludedUserKeys, state, decidedBy, decidedAt);
    }

    public Participant withPeople(List<String> preferred, List<String> excluded) {
        return new Participant(id, version, programmeId, userKey, role, themeIds, capacity, motivation, goals,
                language, availability, preferred, excluded, state, decidedBy, decidedAt);
    }

    public Participant withThemes(List<Integer> newThemeIds) {
        return new Participant(id, version, programmeId, userKey, role, newThemeIds, capacity, motivation, goals,
                language, availability, preferredUserKeys, excludedUserKeys, state, decidedBy, decidedAt);
    }

    public Participant withDecision(ParticipantState newState, String deciderKey, Instant when) {
        return new Participant(id, version, programmeId, userKey, role, themeIds, capacity, motivation, goals,
                language, availability, preferredUserKeys, excludedUserKeys, newState, deciderKey, when);
    }
}
