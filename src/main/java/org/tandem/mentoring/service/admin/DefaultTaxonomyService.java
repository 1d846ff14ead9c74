package org.tandem.mentoring.service.admin;

import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.RecordNotFoundException;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

/**
 * The default learning-theme taxonomy every programme starts from, edited by Confluence administrators only:
 * list, add, rename and remove themes. A name is required, at most {@link #MAX_LENGTH} characters, and unique
 * (ignoring case) within its category; a theme somebody has chosen cannot be removed.
 */
@Named
public class DefaultTaxonomyService {

    /** Longest category or theme name. */
    public static final int MAX_LENGTH = 255;

    static final String NAME = "name";
    static final String CATEGORY = "category";
    static final String KEY_REQUIRED = "tandem.admin.themes.error.required";
    static final String KEY_TOO_LONG = "tandem.admin.themes.error.too-long";
    static final String KEY_DUPLICATE = "tandem.admin.themes.error.duplicate";
    static final String KEY_INVALID = "tandem.admin.themes.error.invalid";
    static final String KEY_FORBIDDEN = "tandem.admin.themes.error.forbidden";
    static final String KEY_NOT_FOUND = "tandem.admin.themes.error.not-found";
    static final String KEY_STALE = "tandem.admin.themes.error.stale";
    static final String KEY_IN_USE = "tandem.admin.themes.error.in-use";

    private final HostUsers users;
    private final LearningThemeRepository themes;

    public DefaultTaxonomyService(HostUsers users, LearningThemeRepository themes) {
        this.users = users;
        this.themes = themes;
    }

    /** The default taxonomy in stored order. */
    public List<LearningTheme> list() {
        checkAdmin();
        return themes.findDefaultTaxonomy();
    }

    /** Adds a theme to a category, existing or new; both texts are stored trimmed. */
    public LearningTheme add(String category, String name) {
        checkAdmin();
        String cleanCategory = trim(category);
        String cleanName = trim(name);
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, CATEGORY, cleanCategory);
        check(errors, NAME, cleanName);
        if (errors.isEmpty() && duplicate(cleanCategory, cleanName, 0)) {
            errors.put(NAME, KEY_DUPLICATE);
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return themes.create(LearningTheme.of(null, cleanCategory, cleanName));
    }

    /** Renames a theme if it is still at {@code version}; the category stays. */
    public LearningTheme rename(int id, int version, String name) {
        checkAdmin();
        LearningTheme theme = find(id);
        String cleanName = trim(name);
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, NAME, cleanName);
        if (errors.isEmpty() && duplicate(theme.category(), cleanName, id)) {
            errors.put(NAME, KEY_DUPLICATE);
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        try {
            return themes.update(new LearningTheme(id, version, null, theme.category(), cleanName));
        } catch (StaleVersionException e) {
            throw new Refusal.Conflict(KEY_STALE);
        } catch (RecordNotFoundException e) {
            throw notFound(id);
        }
    }

    /** Removes a theme nobody has chosen. */
    public void remove(int id) {
        checkAdmin();
        find(id);
        try {
            themes.delete(id);
        } catch (StoreValidationException e) {
            if (e.problem() == StoreValidationException.Problem.IN_USE) {
                throw new Refusal.Conflict(KEY_IN_USE);
            }
            throw e;
        } catch (RecordNotFoundException e) {
            throw notFound(id);
        }
    }

    private LearningTheme find(int id) {
        Optional<LearningTheme> theme = themes.findById(id);
        if (theme.isEmpty() || !theme.get().isDefaultTaxonomy()) {
            throw notFound(id);
        }
        return theme.get();
    }

    private boolean duplicate(String category, String name, int exceptId) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return themes.findDefaultTaxonomy().stream()
                .anyMatch(theme -> theme.id() != exceptId && theme.category().equals(category)
                        && theme.name().trim().toLowerCase(Locale.ROOT).equals(wanted));
    }

    private static void check(Map<String, String> errors, String field, String value) {
        if (value.isEmpty()) {
            errors.put(field, KEY_REQUIRED);
        } else if (value.length() > MAX_LENGTH) {
            errors.put(field, KEY_TOO_LONG);
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static Refusal.NotFound notFound(int id) {
        return new Refusal.NotFound(KEY_NOT_FOUND);
    }

    private static Refusal.Invalid invalid(Map<String, String> errors) {
        Map<String, FieldError> fields = new LinkedHashMap<>();
        errors.forEach((field, key) -> fields.put(field, FieldError.of(key, String.valueOf(MAX_LENGTH))));
        return new Refusal.Invalid(KEY_INVALID, fields);
    }

    private void checkAdmin() {
        Optional<String> userKey = users.currentUserKey();
        if (userKey.isEmpty() || !users.isAdmin(userKey.get())) {
            throw new Refusal.Forbidden(KEY_FORBIDDEN);
        }
    }
}
