package org.tandem.mentoring.service.enrolment;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.service.FieldError;

/**
 * Checks an application form field by field and reports every problem at once, as i18n keys with arguments.
 * Knows nothing of the store: which themes exist and which people are known are handed in.
 */
final class ApplicationRules {

    static final int MIN_CAPACITY = 1;
    static final int MAX_CAPACITY = 10;
    static final int MAX_TEXT = 2000;
    static final int MAX_AVAILABILITY = 450;
    static final int MAX_LANGUAGE = 35;
    static final int MAX_THEMES = 10;
    static final int MAX_PEOPLE = 10;

    static final String ROLE = "role";
    static final String THEMES = "themeIds";
    static final String GOALS = "goals";
    static final String MOTIVATION = "motivation";
    static final String CAPACITY = "capacity";
    static final String LANGUAGE = "language";
    static final String AVAILABILITY = "availability";
    static final String PREFERRED = "preferredUserKeys";
    static final String EXCLUDED = "excludedUserKeys";
    static final String PROGRAMME = "programme";
    static final String REASON = "reason";
    static final String NOMINEE = "nominee";

    private static final String PREFIX = "tandem.enrol.error.";

    private ApplicationRules() {
    }

    /**
     * The problems of {@code form} for {@code applicantKey}; empty when it is fine.
     *
     * @param themeIds the themes the programme offers
     * @param known    whether a user key names a person the host knows
     */
    static Map<String, FieldError> check(ApplicationForm form, String applicantKey, Set<Integer> themeIds,
            Predicate<String> known) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        if (form == null) {
            errors.put(ROLE, FieldError.of(PREFIX + "role.missing"));
            return errors;
        }
        if (form.role() == null) {
            errors.put(ROLE, FieldError.of(PREFIX + "role.missing"));
        }
        checkThemes(form.themeIds(), themeIds, errors);
        if (form.role() == ParticipantRole.MENTEE) {
            requiredText(GOALS, form.goals(), "goals.missing", MAX_TEXT, errors);
        } else {
            optionalText(GOALS, form.goals(), MAX_TEXT, errors);
        }
        if (form.role() == ParticipantRole.MENTOR) {
            requiredText(MOTIVATION, form.motivation(), "motivation.missing", MAX_TEXT, errors);
            Integer capacity = form.capacity();
            if (capacity == null || capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
                errors.put(CAPACITY, FieldError.of(PREFIX + "capacity.range", MIN_CAPACITY, MAX_CAPACITY));
            }
        } else {
            optionalText(MOTIVATION, form.motivation(), MAX_TEXT, errors);
        }
        optionalText(LANGUAGE, form.language(), MAX_LANGUAGE, errors);
        optionalText(AVAILABILITY, form.availability(), MAX_AVAILABILITY, errors);
        checkPeople(PREFERRED, form.preferredUserKeys(), applicantKey, known, errors);
        checkPeople(EXCLUDED, form.excludedUserKeys(), applicantKey, known, errors);
        if (!errors.containsKey(PREFERRED) && !errors.containsKey(EXCLUDED)) {
            Set<String> preferred = new HashSet<>(form.preferredUserKeys());
            form.excludedUserKeys().stream().filter(preferred::contains).findFirst().ifPresent(
                    key -> errors.put(EXCLUDED, FieldError.of(PREFIX + "people.both", key)));
        }
        return errors;
    }

    /** The reason of a decision: required to decline, optional to approve, never too long. */
    static Map<String, FieldError> checkReason(Verdict verdict, String reason) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        if (verdict == Verdict.DECLINE) {
            requiredText(REASON, reason, "reason.missing", MAX_TEXT, errors);
        } else {
            optionalText(REASON, reason, MAX_TEXT, errors);
        }
        return errors;
    }

    static FieldError error(String suffix, java.io.Serializable... args) {
        return FieldError.of(PREFIX + suffix, args);
    }

    private static void checkThemes(List<Integer> wanted, Set<Integer> offered, Map<String, FieldError> errors) {
        if (wanted.isEmpty()) {
            errors.put(THEMES, FieldError.of(PREFIX + "themes.missing"));
            return;
        }
        if (wanted.size() > MAX_THEMES) {
            errors.put(THEMES, FieldError.of(PREFIX + "themes.too-many", MAX_THEMES));
            return;
        }
        for (Integer id : wanted) {
            if (id == null || !offered.contains(id)) {
                errors.put(THEMES, FieldError.of(PREFIX + "themes.unknown", String.valueOf(id)));
                return;
            }
        }
    }

    private static void checkPeople(String field, List<String> keys, String applicantKey, Predicate<String> known,
            Map<String, FieldError> errors) {
        if (keys.size() > MAX_PEOPLE) {
            errors.put(field, FieldError.of(PREFIX + "people.too-many", MAX_PEOPLE));
            return;
        }
        for (String key : keys) {
            if (key != null && key.equals(applicantKey)) {
                errors.put(field, FieldError.of(PREFIX + "people.self"));
                return;
            }
            if (key == null || key.isBlank() || !known.test(key)) {
                errors.put(field, FieldError.of(PREFIX + "people.unknown", String.valueOf(key)));
                return;
            }
        }
    }

    private static void requiredText(String field, String value, String missingKey, int max,
            Map<String, FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, FieldError.of(PREFIX + missingKey));
        } else {
            optionalText(field, value, max, errors);
        }
    }

    private static void optionalText(String field, String value, int max, Map<String, FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.put(field, FieldError.of(PREFIX + "text.too-long", max, value.length()));
        }
    }
}
