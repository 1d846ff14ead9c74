package org.tandem.mentoring.service.programme;

import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.StoreValidationException;

/**
 * What a programme's coordinators change: its phase, its charter and its own learning themes. Every call checks
 * who is asking: a programme whose space the caller may not view does not exist for them (404), one they may see
 * but do not coordinate is refused (403). Changes carry the version the caller read; a stale one is a conflict.
 */
@Named
public class ProgrammeAdministration {

    static final String PREFIX = "tandem.programme.admin.error.";
    static final int MAX_CHARTER_TEXT = 10_000;
    static final int MAX_DURATION_MONTHS = 120;
    static final int MIN_START_YEAR = 2000;
    static final int MAX_START_YEAR = 2100;
    static final int MAX_THEME_NAME = 200;
    static final int MAX_THEME_CATEGORY = 100;

    private final ProgrammeRepository programmes;
    private final LearningThemeRepository themes;
    private final ProgrammeGate gate;

    public ProgrammeAdministration(ProgrammeRepository programmes, LearningThemeRepository themes,
            ProgrammeGate gate) {
        this.programmes = programmes;
        this.themes = themes;
        this.gate = gate;
    }

    /**
     * Moves the programme to {@code target} if the move is legal from its phase and, for opening enrolment, the
     * charter has a start date, a purpose and goals.
     */
    public Programme changePhase(int programmeId, int version, ProgrammePhase target) {
        return inTransaction(() -> {
            Programme programme = coordinated(programmeId);
            requireVersion(programme, version);
            if (target == null) {
                throw ProgrammeRefusals.invalid("phase", FieldError.of(PREFIX + "phase.missing"));
            }
            if (!programme.phase().canMoveTo(target)) {
                throw new Refusal.Invalid(PREFIX + "phase.illegal",
                        List.of(phaseKey(programme.phase()), phaseKey(target)), Map.of());
            }
            List<String> missing = target.missingCharterFields(programme);
            if (!missing.isEmpty()) {
                Map<String, FieldError> errors = new LinkedHashMap<>();
                missing.forEach(field -> errors.put(field, FieldError.of(PREFIX + "charter.required")));
                throw new Refusal.Invalid(PREFIX + "phase.charter-incomplete", List.of(), errors);
            }
            return programmes.update(programme.withPhase(target));
        });
    }

    /**
     * Relaxes, or restores, the downward half of the line-of-authority rule: with {@code relax} a mentor may be
     * someone the mentee manages, at any depth, and the coordinator must say why (the board shows it). The upward
     * half, a mentor above the mentee, is never relaxed.
     */
    public Programme relaxLineOfAuthority(int programmeId, int version, boolean relax, String reason) {
        return inTransaction(() -> {
            Programme programme = coordinatedAndOpen(programmeId);
            requireVersion(programme, version);
            if (!relax) {
                return programmes.update(programme.withRelaxDownReason(null));
            }
            Map<String, FieldError> errors = new LinkedHashMap<>();
            String clean = required(errors, "reason", reason, MAX_CHARTER_TEXT);
            if (!errors.isEmpty()) {
                throw ProgrammeRefusals.invalid(errors);
            }
            return programmes.update(programme.withRelaxDownReason(clean));
        });
    }

    /** Replaces the charter: purpose, goals, confidentiality rules, schedule and approval flags. */
    public Programme editCharter(int programmeId, CharterForm form) {
        return inTransaction(() -> {
            Programme programme = coordinated(programmeId);
            requireVersion(programme, form.version());
            if (programme.phase().isFinal()) {
                throw new Refusal.Invalid(PREFIX + "archived", List.of(), Map.of());
            }
            Map<String, FieldError> errors = new LinkedHashMap<>();
            String purpose = text(errors, "purpose", form.purpose());
            String goals = text(errors, "goals", form.goals());
            String rules = text(errors, "confidentialityRules", form.confidentialityRules());
            if (programme.phase() != ProgrammePhase.DRAFT) {
                // once enrolment has opened, the vision stays written down
                if (purpose == null) {
                    errors.putIfAbsent("purpose", FieldError.of(PREFIX + "charter.required-after-draft"));
                }
                if (goals == null) {
                    errors.putIfAbsent("goals", FieldError.of(PREFIX + "charter.required-after-draft"));
                }
                if (form.startDate() == null) {
                    errors.putIfAbsent("startDate", FieldError.of(PREFIX + "charter.required-after-draft"));
                }
            }
            if (form.startDate() != null && (form.startDate().getYear() < MIN_START_YEAR
                    || form.startDate().getYear() > MAX_START_YEAR)) {
                errors.put("startDate", FieldError.of(PREFIX + "start.range", MIN_START_YEAR, MAX_START_YEAR));
            }
            if (form.durationMonths() == null) {
                errors.put("durationMonths", FieldError.of(PREFIX + "charter.required"));
            } else if (form.durationMonths() < 1 || form.durationMonths() > MAX_DURATION_MONTHS) {
                errors.put("durationMonths", FieldError.of(PREFIX + "duration.range", 1,
                        MAX_DURATION_MONTHS));
            }
            if (form.cadence() == null) {
                errors.put("cadence", FieldError.of(PREFIX + "charter.required"));
            }
            if (!errors.isEmpty()) {
                throw ProgrammeRefusals.invalid(errors);
            }
            Programme changed = programme.withCharter(purpose, goals, rules)
                    .withSchedule(form.startDate(), form.durationMonths(), form.cadence())
                    .withApprovals(Boolean.TRUE.equals(form.managerApprovalRequired()),
                            Boolean.TRUE.equals(form.sponsorApprovalRequired()));
            return programmes.update(changed);
        });
    }

    /** The themes on offer, for anybody who may view the programme's space. */
    public ThemeOffer themes(int programmeId) {
        return inTransaction(() -> {
            Programme programme = visible(programmeId);
            boolean coordinator = gate.coordinates(viewer(), programme);
            return new ThemeOffer(programme.id(), coordinator, themes.findAvailableTo(programme.id()));
        });
    }

    /** Adds a theme of the programme's own; the same category and name may not be on offer twice. */
    public LearningTheme addTheme(int programmeId, String category, String name) {
        return inTransaction(() -> {
            Programme programme = coordinatedAndOpen(programmeId);
            ThemeInput input = themeInput(category, name);
            requireUnique(programme, input, 0);
            return themes.create(LearningTheme.of(programme.id(), input.category(), input.name()));
        });
    }

    /** Renames (or recategorises) one of the programme's own themes. */
    public LearningTheme renameTheme(int programmeId, int themeId, int version, String category, String name) {
        return inTransaction(() -> {
            Programme programme = coordinatedAndOpen(programmeId);
            LearningTheme theme = ownTheme(programme, themeId);
            if (theme.version() != version) {
                throw new Refusal.Conflict(ProgrammeRefusals.STALE);
            }
            ThemeInput input = themeInput(category, name);
            requireUnique(programme, input, themeId);
            return themes.update(new LearningTheme(theme.id(), theme.version(), theme.programmeId(),
                    input.category(), input.name()));
        });
    }

    /** Removes one of the programme's own themes, unless somebody has chosen it. */
    public void removeTheme(int programmeId, int themeId) {
        inTransaction(() -> {
            Programme programme = coordinatedAndOpen(programmeId);
            LearningTheme theme = ownTheme(programme, themeId);
            try {
                themes.delete(theme.id());
            } catch (StoreValidationException e) {
                if (e.problem() == StoreValidationException.Problem.IN_USE) {
                    throw new Refusal.Conflict(ProgrammeRefusals.THEME_IN_USE, theme.name());
                }
                throw e;
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- checks

    /** The programme, if its space is the caller's to view; coordinating alone is not enough here. */
    private Programme visible(int programmeId) {
        return gate.inViewableSpace(programmeId, viewer()).orElseThrow(() -> ProgrammeRefusals.notFound(programmeId));
    }

    private Programme coordinated(int programmeId) {
        Programme programme = visible(programmeId);
        if (!gate.coordinates(viewer(), programme)) {
            throw ProgrammeRefusals.forbidden();
        }
        return programme;
    }

    private Programme coordinatedAndOpen(int programmeId) {
        Programme programme = coordinated(programmeId);
        if (programme.phase().isFinal()) {
            throw new Refusal.Invalid(PREFIX + "archived", List.of(), Map.of());
        }
        return programme;
    }

    private static void requireVersion(Programme programme, int version) {
        if (programme.version() != version) {
            throw new Refusal.Conflict(ProgrammeRefusals.STALE);
        }
    }

    private LearningTheme ownTheme(Programme programme, int themeId) {
        LearningTheme theme = themes.findById(themeId).orElseThrow(() -> ProgrammeRefusals.notFound(themeId));
        if (theme.isDefaultTaxonomy()) {
            throw new Refusal.Invalid(PREFIX + "theme.default", List.of(theme.name()), Map.of());
        }
        if (theme.programmeId() != programme.id()) {
            throw ProgrammeRefusals.notFound(themeId);
        }
        return theme;
    }

    private record ThemeInput(String category, String name) {
    }

    private static ThemeInput themeInput(String category, String name) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        String cleanCategory = required(errors, "category", category, MAX_THEME_CATEGORY);
        String cleanName = required(errors, "name", name, MAX_THEME_NAME);
        if (!errors.isEmpty()) {
            throw ProgrammeRefusals.invalid(errors);
        }
        return new ThemeInput(cleanCategory, cleanName);
    }

    private void requireUnique(Programme programme, ThemeInput input, int ownId) {
        String wanted = sameness(input.category(), input.name());
        boolean taken = themes.findAvailableTo(programme.id()).stream()
                .anyMatch(theme -> theme.id() != ownId && sameness(theme.category(), theme.name()).equals(wanted));
        if (taken) {
            // a conflict, as when a parallel request wins the database's unique key: the same answer either way
            throw new Refusal.Conflict(PREFIX + "theme.duplicate", input.name());
        }
    }

    private static String sameness(String category, String name) {
        return category.strip().toLowerCase(Locale.ROOT) + '\n' + name.strip().toLowerCase(Locale.ROOT);
    }

    private static String text(Map<String, FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > MAX_CHARTER_TEXT) {
            errors.put(field, FieldError.of(PREFIX + "too-long", MAX_CHARTER_TEXT));
        }
        return clean;
    }

    private static String required(Map<String, FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, FieldError.of(PREFIX + "required"));
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            errors.put(field, FieldError.of(PREFIX + "too-long", max));
        }
        return clean;
    }

    private static Serializable phaseKey(ProgrammePhase phase) {
        return "tandem.programme.phase." + phase.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String viewer() {
        return gate.viewer().orElse(null);
    }

    /** Runs {@code work} in a transaction; a stale write or a record gone meanwhile becomes a conflict. */
    private <T> T inTransaction(Supplier<T> work) {
        return gate.inTransaction(work, ProgrammeRefusals::staleOrGone);
    }
}
