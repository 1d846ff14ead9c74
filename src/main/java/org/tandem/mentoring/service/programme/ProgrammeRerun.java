package org.tandem.mentoring.service.programme;

import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tandem.mentoring.domain.matching.MatchingSettings;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.survey.Statement;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostProgrammeSpaces;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.MatchingSettingsRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.RerunRepository;
import org.tandem.mentoring.store.SurveyRepository;

/**
 * "Run this programme again": a coordinator of a programme that is closing or has ended makes a new programme in a
 * new space, through the programme space blueprint as the create-space dialog would (the space, its pages, the
 * programme as a draft), and the new programme gets the old one's charter (purpose, goals, confidentiality rules,
 * type, duration, cadence, approvals), its own learning themes, its survey statements, its matching settings and
 * its line-of-authority relaxation. The start date moves on by the old programme's length; when that day has
 * passed, the coordinator sets it. The new programme stays a draft until its coordinators open enrolment; from
 * then on the old programme's mentors are invited to enrol again (see the waiting source for re-enrolment).
 */
@Named
public class ProgrammeRerun {

    static final String PREFIX = "tandem.programme.rerun.error.";
    /** Confluence's space keys: letters and digits, as the creation wizard checks them. */
    static final Pattern SPACE_KEY = Pattern.compile("[A-Za-z0-9]{1,30}");

    private final ProgrammeGate gate;
    private final ProgrammeRepository programmes;
    private final LearningThemeRepository themes;
    private final SurveyRepository surveys;
    private final MatchingSettingsRepository matching;
    private final RerunRepository reruns;
    private final HostSpaces spaces;
    private final HostProgrammeSpaces programmeSpaces;
    private final ProgrammeCreation creation;
    private final HostClock clock;

    public ProgrammeRerun(ProgrammeGate gate, ProgrammeRepository programmes, LearningThemeRepository themes,
            SurveyRepository surveys, MatchingSettingsRepository matching, RerunRepository reruns, HostSpaces spaces,
            HostProgrammeSpaces programmeSpaces, ProgrammeCreation creation, HostClock clock) {
        this.gate = gate;
        this.programmes = programmes;
        this.themes = themes;
        this.surveys = surveys;
        this.matching = matching;
        this.reruns = reruns;
        this.spaces = spaces;
        this.programmeSpaces = programmeSpaces;
        this.creation = creation;
        this.clock = clock;
    }

    /** Whether a programme in this phase may be run again: it is closing or over. */
    public static boolean allowed(ProgrammePhase phase) {
        return phase == ProgrammePhase.CLOSING || phase == ProgrammePhase.ALUMNI || phase == ProgrammePhase.ARCHIVED;
    }

    /**
     * Runs programme {@code programmeId} again in a new space {@code spaceKey} named {@code name}.
     *
     * @return the new programme, a draft
     * @throws Refusal.NotFound  if the caller may not see the programme
     * @throws Refusal.Forbidden if they do not coordinate it, or may not create spaces
     * @throws Refusal.Conflict  if the programme is not closing or over, or the space could not be made
     * @throws Refusal.Invalid   with field errors for the name and the space key
     */
    public Programme rerun(int programmeId, String name, String spaceKey) {
        String viewer = gate.viewer().orElse(null);
        Programme old = gate.coordinated(programmeId, viewer, () -> ProgrammeRefusals.notFound(programmeId),
                ProgrammeRefusals.FORBIDDEN);
        if (!allowed(old.phase())) {
            throw new Refusal.Conflict(PREFIX + "phase");
        }
        if (!spaces.canCreateSpaces(viewer)) {
            throw new Refusal.Forbidden("tandem.programme.create.error.no-space-permission");
        }
        String cleanName = ProgrammeGate.trim(name);
        String key = ProgrammeGate.trim(spaceKey);
        Map<String, FieldError> errors = new LinkedHashMap<>();
        if (cleanName == null) {
            errors.put("name", FieldError.of("tandem.blueprint.error.name.required"));
        } else if (cleanName.length() > ProgrammeCreation.MAX_NAME) {
            errors.put("name", FieldError.of("tandem.blueprint.error.name.long"));
        }
        if (key == null || !SPACE_KEY.matcher(key).matches()) {
            errors.put("spaceKey", FieldError.of("tandem.blueprint.error.key"));
        } else {
            key = key.toUpperCase(Locale.ROOT);
            if (spaces.exists(key)) {
                errors.put("spaceKey", FieldError.of(PREFIX + "key-taken", key));
            }
        }
        if (!errors.isEmpty()) {
            throw ProgrammeRefusals.invalid(errors);
        }
        LocalDate start = nextStart(old);
        Map<String, Object> answers = wizardAnswers(old, start);
        String made = programmeSpaces.create(viewer, key, cleanName, answers)
                .orElseThrow(() -> new Refusal.Conflict(PREFIX + "not-created"));
        ProgrammeWizardInput input = ProgrammeWizardInput.fromContext(cleanName, made, answers);
        // the listener that hears the new space has made its programme already; asked again, this hands it back
        Programme fresh = creation.createForNewSpace(viewer, input).programme();
        return gate.inTransaction(() -> copy(old, fresh, start, viewer));
    }

    /** The day after the old programme's last, if it is still ahead; otherwise none, for the coordinator to set. */
    LocalDate nextStart(Programme old) {
        LocalDate today = LocalDate.now(clock.clock().withZone(ZoneOffset.UTC));
        LocalDate end = old.endDate();
        return end == null || !end.plusDays(1).isAfter(today) ? null : end.plusDays(1);
    }

    private static Map<String, Object> wizardAnswers(Programme old, LocalDate start) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put(ProgrammeWizardInput.TYPE, old.type().name());
        if (start != null) {
            answers.put(ProgrammeWizardInput.START_DATE, start.toString());
        }
        answers.put(ProgrammeWizardInput.DURATION_MONTHS, String.valueOf(old.durationMonths()));
        answers.put(ProgrammeWizardInput.CADENCE, old.cadence().name());
        answers.put(ProgrammeWizardInput.PURPOSE, old.purpose() == null ? "" : old.purpose());
        answers.put(ProgrammeWizardInput.GOALS, old.goals() == null ? "" : old.goals());
        answers.put(ProgrammeWizardInput.OPEN_ENROLMENT, "false");
        return answers;
    }

    private Programme copy(Programme old, Programme fresh, LocalDate start, String viewer) {
        Programme copied = programmes.update(fresh.withCharter(old.purpose(), old.goals(), old.confidentialityRules())
                .withSchedule(start, old.durationMonths(), old.cadence())
                .withApprovals(old.managerApprovalRequired(), old.sponsorApprovalRequired())
                .withRelaxDownReason(old.relaxDownReason())
                .withPhase(ProgrammePhase.DRAFT));
        List<LearningTheme> own = themes.findAvailableTo(old.id()).stream()
                .filter(t -> !t.isDefaultTaxonomy()).toList();
        List<String> present = themes.findAvailableTo(copied.id()).stream()
                .filter(t -> !t.isDefaultTaxonomy()).map(t -> t.category() + '\n' + t.name()).toList();
        for (LearningTheme theme : own) {
            if (!present.contains(theme.category() + '\n' + theme.name())) {
                themes.create(LearningTheme.of(copied.id(), theme.category(), theme.name()));
            }
        }
        List<String> statements = surveys.statements(old.id()).stream().map(Statement::text).toList();
        if (!statements.isEmpty()) {
            surveys.replaceStatements(copied.id(), statements);
        }
        matching.find(old.id()).ifPresent(settings -> {
            MatchingSettings current = matching.findOrDefaults(copied.id());
            matching.save(new MatchingSettings(copied.id(), settings.objective(), settings.weights(),
                    settings.excludeSameManagerPeers(), current.version()), viewer, clock.now());
        });
        reruns.record(old.id(), copied.id(), viewer, clock.now());
        return copied;
    }
}
