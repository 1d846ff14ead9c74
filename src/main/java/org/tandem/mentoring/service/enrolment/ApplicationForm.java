package org.tandem.mentoring.service.enrolment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tandem.mentoring.domain.participant.ParticipantRole;

/**
 * What a person writes when applying or editing an application. Mentees fill {@code goals} and may name preferred
 * and excluded mentors; mentors fill {@code capacity} and {@code motivation}. Fields that do not apply to the role
 * are ignored. Lists may be null (read as empty).
 */
public record ApplicationForm(
        ParticipantRole role,
        List<Integer> themeIds,
        String goals,
        String motivation,
        Integer capacity,
        String language,
        String availability,
        List<String> preferredUserKeys,
        List<String> excludedUserKeys) {

    public ApplicationForm {
        themeIds = copy(themeIds);
        preferredUserKeys = copy(preferredUserKeys);
        excludedUserKeys = copy(excludedUserKeys);
    }

    public static ApplicationForm mentee(List<Integer> themeIds, String goals) {
        return new ApplicationForm(ParticipantRole.MENTEE, themeIds, goals, null, null, null, null, null, null);
    }

    public static ApplicationForm mentor(List<Integer> themeIds, int capacity, String motivation) {
        return new ApplicationForm(ParticipantRole.MENTOR, themeIds, null, motivation, capacity, null, null, null,
                null);
    }

    public ApplicationForm withDetails(String newLanguage, String newAvailability) {
        return new ApplicationForm(role, themeIds, goals, motivation, capacity, newLanguage, newAvailability,
                preferredUserKeys, excludedUserKeys);
    }

    /** An unmodifiable copy that, unlike {@code List.copyOf}, keeps null elements for the validation to report. */
    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    public ApplicationForm withPeople(List<String> preferred, List<String> excluded) {
        return new ApplicationForm(role, themeIds, goals, motivation, capacity, language, availability, preferred,
                excluded);
    }
}
