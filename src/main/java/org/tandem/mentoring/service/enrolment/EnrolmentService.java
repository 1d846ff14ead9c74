package org.tandem.mentoring.service.enrolment;

import static org.tandem.mentoring.service.people.Managers.managerOf;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.Coordinators;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.RecordNotFoundException;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

/**
 * Applying to a programme as mentee or mentor, and deciding on applications.
 *
 * <p>Who may do what, checked here for every call:
 * <ul>
 * <li>the applicant sees, edits (while undecided and enrolment is open), confirms (a nomination) and withdraws
 * their own application;</li>
 * <li>the applicant's direct manager in the org chart sees it (without the preferred and excluded people),
 * approves or declines it while it awaits the manager, and may nominate a direct report;</li>
 * <li>coordinators of the programme ({@link Coordinators}) see every application of the programme and approve or
 * decline those awaiting a coordinator, except their own;</li>
 * <li>anybody else learns nothing: the application is "not found", exactly like one that does not exist.</li>
 * </ul>
 *
 * <p>The flow: a new application goes to {@code AWAITING_MANAGER} when the programme asks for manager approval and
 * the applicant has a manager in the org chart, otherwise to {@code AWAITING_COORDINATOR}. The manager's approval
 * moves it on to {@code AWAITING_COORDINATOR}, the coordinator's to {@code APPROVED}; either may decline with a
 * reason. A manager's nomination creates an application in {@code APPLIED} for the report, who confirms it (it then
 * goes straight to the coordinators: the manager has already said yes) or withdraws it. Every step records who took
 * it and when; a step based on a stale version fails with {@link Refusal.Conflict} and writes nothing.
 */
@Named
public class EnrolmentService {

    private static final String FORBIDDEN = "tandem.enrol.error.forbidden.";

    private final ProgrammeRepository programmes;
    private final ParticipantRepository participants;
    private final LearningThemeRepository themes;
    private final OrgChartRepository orgChart;
    private final HostUsers users;
    private final HostSpaces spaces;
    private final Coordinators coordinators;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Inject
    public EnrolmentService(ProgrammeRepository programmes, ParticipantRepository participants,
            LearningThemeRepository themes, OrgChartRepository orgChart, HostUsers users, HostSpaces spaces,
            Coordinators coordinators, TransactionTemplate transactions) {
        this(programmes, participants, themes, orgChart, users, spaces, coordinators, transactions,
                Clock.systemUTC());
    }

    EnrolmentService(ProgrammeRepository programmes, ParticipantRepository participants,
            LearningThemeRepository themes, OrgChartRepository orgChart, HostUsers users, HostSpaces spaces,
            Coordinators coordinators, TransactionTemplate transactions, Clock clock) {
        this.programmes = programmes;
        this.participants = participants;
        this.themes = themes;
        this.orgChart = orgChart;
        this.users = users;
        this.spaces = spaces;
        this.coordinators = coordinators;
        this.transactions = transactions;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- queries

    /**
     * The enrolment page of the programme in a space, or empty when there is none or the space is not the
     * viewer's to see.
     */
    public Optional<EnrolmentPage> pageForSpace(String spaceKey) {
        String viewer = users.currentUserKey().orElse(null);
        if (spaceKey == null || !spaces.canView(viewer, spaceKey)) {
            return Optional.empty();
        }
        return inTransaction(() -> programmes.findBySpaceKey(spaceKey).map(programme -> page(programme, viewer)));
    }

    /**
     * The applications of a programme the signed-in person may see: all of them for a coordinator, otherwise the
     * person's own and those of their direct reports. In enrolment order.
     */
    public List<Application> list(int programmeId) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Programme programme = visibleProgramme(programmeId, viewer);
            boolean coordinator = coordinators.coordinates(viewer, programme);
            List<Participant> all = participants.findByProgramme(programmeId);
            return views(programme, viewer, coordinator, all, p -> true);
        });
    }

    /**
     * What waits for the signed-in person's decision in the programme of a space: applications of their direct
     * reports, and, for coordinators, applications awaiting a coordinator. Empty for anonymous visitors, and when
     * there is no programme or the space is not the viewer's to see.
     */
    public Optional<ApprovalQueue> approvalsForSpace(String spaceKey) {
        String viewer = users.currentUserKey().orElse(null);
        if (viewer == null || spaceKey == null || !spaces.canView(viewer, spaceKey)) {
            return Optional.empty();
        }
        return inTransaction(() -> programmes.findBySpaceKey(spaceKey).map(programme -> {
            boolean coordinator = coordinators.coordinates(viewer, programme);
            List<Application> asManager = views(programme, viewer, coordinator,
                    participants.findByProgrammeAndState(programme.id(), ParticipantState.AWAITING_MANAGER),
                    a -> viewer.equals(a.managerKey()));
            List<Application> asCoordinator = coordinator
                    ? views(programme, viewer, true,
                            participants.findByProgrammeAndState(programme.id(), ParticipantState.AWAITING_COORDINATOR),
                            a -> !viewer.equals(a.participant().userKey()))
                    : List.of();
            return new ApprovalQueue(programme, coordinator, asManager, asCoordinator);
        }));
    }

    /** Applications of a programme that wait for the signed-in person as their direct manager. */
    public List<Application> awaitingMeAsManager(int programmeId) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Programme programme = visibleProgramme(programmeId, viewer);
            boolean coordinator = coordinators.coordinates(viewer, programme);
            List<Participant> waiting = participants.findByProgrammeAndState(programmeId,
                    ParticipantState.AWAITING_MANAGER);
            return views(programme, viewer, coordinator, waiting, a -> viewer.equals(a.managerKey()));
        });
    }

    /** Applications of a programme that wait for a coordinator; only for coordinators of the programme. */
    public List<Application> awaitingMeAsCoordinator(int programmeId) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Programme programme = visibleProgramme(programmeId, viewer);
            if (!coordinators.coordinates(viewer, programme)) {
                throw new Refusal.Forbidden(FORBIDDEN + "not-coordinator");
            }
            List<Participant> waiting = participants.findByProgrammeAndState(programmeId,
                    ParticipantState.AWAITING_COORDINATOR);
            return views(programme, viewer, true, waiting, a -> !viewer.equals(a.participant().userKey()));
        });
    }

    /** The signed-in person's own applications in every programme, in enrolment order. */
    public List<Application> mine() {
        String viewer = signedIn();
        return inTransaction(() -> acrossProgrammes(viewer, participants.findByUser(viewer), a -> true));
    }

    /**
     * Applications in every programme that wait for the signed-in person as direct manager. One query per direct
     * report: a manager has a team, not an organisation.
     */
    public List<Application> awaitingMeAsManagerEverywhere() {
        String viewer = signedIn();
        return inTransaction(() -> {
            List<Participant> waiting = new ArrayList<>();
            for (OrgPerson report : orgChart.findDirectReports(viewer)) {
                participants.findByUser(report.userKey()).stream()
                        .filter(p -> p.state() == ParticipantState.AWAITING_MANAGER)
                        .forEach(waiting::add);
            }
            return acrossProgrammes(viewer, waiting, a -> viewer.equals(a.managerKey()));
        });
    }

    /** Applications waiting for a coordinator in every programme the signed-in person coordinates, but their own. */
    public List<Application> awaitingMeAsCoordinatorEverywhere() {
        String viewer = signedIn();
        return inTransaction(() -> {
            List<Application> waiting = new ArrayList<>();
            for (Programme programme : programmes.findAll()) {
                if (coordinators.coordinates(viewer, programme)) {
                    waiting.addAll(views(programme, viewer, true, participants.findByProgrammeAndState(
                            programme.id(), ParticipantState.AWAITING_COORDINATOR),
                            a -> !viewer.equals(a.participant().userKey())));
                }
            }
            return waiting;
        });
    }

    /** One application, for its applicant, the applicant's manager and the programme's coordinators. */
    public Application get(int applicationId) {
        String viewer = signedIn();
        return inTransaction(() -> access(applicationId, viewer).view());
    }

    // ---------------------------------------------------------------- the applicant

    /** Applies to a programme as the signed-in person. */
    public Application apply(int programmeId, ApplicationForm form) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Programme programme = visibleProgramme(programmeId, viewer);
            Map<String, FieldError> errors = check(form, viewer, programme);
            if (!errors.containsKey(ApplicationRules.PROGRAMME) && hasApplied(programmeId, viewer)) {
                errors.put(ApplicationRules.ROLE, ApplicationRules.error("already-applied"));
            }
            if (!errors.isEmpty()) {
                throw EnrolmentRefusals.invalid(errors);
            }
            String manager = managerOf(orgChart, viewer, users);
            ParticipantState state = programme.managerApprovalRequired() && manager != null
                    ? ParticipantState.AWAITING_MANAGER : ParticipantState.AWAITING_COORDINATOR;
            Participant created = participants.create(fill(
                    Participant.apply(programmeId, viewer, form.role(), List.of()), form)
                    .withDecision(state, viewer, clock.instant()));
            return new Access(created, programme, manager, viewer).view();
        });
    }

    /**
     * Changes an application the signed-in person made, while it is undecided and enrolment is open. The role
     * stays; the state does not change.
     */
    public Application edit(int applicationId, int version, ApplicationForm form) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Access access = access(applicationId, viewer);
            access.requireApplicant();
            if (!access.editable()) {
                throw new Refusal.Conflict(EnrolmentRefusals.STATE);
            }
            Map<String, FieldError> errors = check(form, viewer, access.programme);
            if (form != null && form.role() != null && form.role() != access.participant.role()) {
                errors.put(ApplicationRules.ROLE, ApplicationRules.error("role.change"));
            }
            if (!errors.isEmpty()) {
                throw EnrolmentRefusals.invalid(errors);
            }
            Participant stored = access.participant;
            Participant changed = fill(stored, form);
            Participant updated = participants.update(new Participant(stored.id(), version, stored.programmeId(),
                    stored.userKey(), stored.role(), changed.themeIds(), changed.capacity(), changed.motivation(),
                    changed.goals(), changed.language(), changed.availability(), changed.preferredUserKeys(),
                    changed.excludedUserKeys(), stored.state(), stored.decidedBy(), stored.decidedAt()));
            return access.with(updated).view();
        });
    }

    /** Withdraws the signed-in person's application, whatever its state short of declined or withdrawn. */
    public Application withdraw(int applicationId, int version) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Access access = access(applicationId, viewer);
            access.requireApplicant();
            return access.decide(version, ParticipantState.WITHDRAWN, null);
        });
    }

    /**
     * Confirms a nomination: the nominee agrees to take part. The application goes to the coordinators when the
     * current manager nominated it (or the programme asks no manager approval), otherwise to the manager.
     */
    public Application confirm(int applicationId, int version) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Access access = access(applicationId, viewer);
            access.requireApplicant();
            if (access.participant.state() != ParticipantState.APPLIED) {
                throw new Refusal.Conflict(EnrolmentRefusals.STATE);
            }
            boolean managerSaidYes = access.managerKey == null
                    || access.managerKey.equals(access.participant.decidedBy());
            ParticipantState target = access.programme.managerApprovalRequired() && !managerSaidYes
                    ? ParticipantState.AWAITING_MANAGER : ParticipantState.AWAITING_COORDINATOR;
            return access.decide(version, target, null);
        });
    }

    // ---------------------------------------------------------------- the manager

    /**
     * Nominates a direct report of the signed-in person as a mentee. The application waits in {@code APPLIED} for
     * the nominee to confirm or withdraw it.
     */
    public Application nominate(int programmeId, String nomineeKey, ApplicationForm form) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Programme programme = visibleProgramme(programmeId, viewer);
            if (nomineeKey == null || nomineeKey.isBlank() || !viewer.equals(managerOf(orgChart, nomineeKey, users))) {
                throw EnrolmentRefusals.invalid(ApplicationRules.NOMINEE,
                        ApplicationRules.error("nominee.not-report"));
            }
            Map<String, FieldError> errors = check(form, nomineeKey, programme);
            if (form != null && form.role() != null && form.role() != ParticipantRole.MENTEE) {
                errors.put(ApplicationRules.ROLE, ApplicationRules.error("nominee.role"));
            }
            if (!errors.containsKey(ApplicationRules.PROGRAMME) && hasApplied(programmeId, nomineeKey)) {
                errors.put(ApplicationRules.NOMINEE, ApplicationRules.error("nominee.already-applied"));
            }
            if (!errors.isEmpty()) {
                throw EnrolmentRefusals.invalid(errors);
            }
            Participant created = participants.create(fill(
                    Participant.apply(programmeId, nomineeKey, ParticipantRole.MENTEE, List.of()), form)
                    .withDecision(ParticipantState.APPLIED, viewer, clock.instant()));
            return new Access(created, programme, viewer, viewer).view();
        });
    }

    /** The direct manager's decision: approve (on to the coordinators) or decline with a reason. */
    public Application decideAsManager(int applicationId, int version, Verdict verdict, String reason) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Access access = access(applicationId, viewer);
            if (!access.manager()) {
                throw new Refusal.Forbidden(FORBIDDEN + "not-manager");
            }
            if (access.participant.state() != ParticipantState.AWAITING_MANAGER) {
                throw new Refusal.Conflict(EnrolmentRefusals.STATE);
            }
            requireReason(verdict, reason);
            return access.decide(version, verdict == Verdict.APPROVE
                    ? ParticipantState.AWAITING_COORDINATOR : ParticipantState.DECLINED, reason);
        });
    }

    // ---------------------------------------------------------------- the coordinator

    /** A coordinator's decision: approve or decline with a reason. Nobody decides on their own application. */
    public Application decideAsCoordinator(int applicationId, int version, Verdict verdict, String reason) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Access access = access(applicationId, viewer);
            if (!access.coordinator || access.applicant()) {
                throw new Refusal.Forbidden(FORBIDDEN + "not-coordinator");
            }
            if (access.participant.state() != ParticipantState.AWAITING_COORDINATOR) {
                throw new Refusal.Conflict(EnrolmentRefusals.STATE);
            }
            requireReason(verdict, reason);
            return access.decide(version, verdict == Verdict.APPROVE
                    ? ParticipantState.APPROVED : ParticipantState.DECLINED, reason);
        });
    }

    // ---------------------------------------------------------------- internals

    private EnrolmentPage page(Programme programme, String viewer) {
        List<LearningTheme> offered = themes.findAvailableTo(programme.id());
        boolean open = programme.phase() == ProgrammePhase.ENROLMENT_OPEN;
        if (viewer == null) {
            return new EnrolmentPage(programme, false, open, offered, Map.of(), null, null, Optional.empty());
        }
        List<Participant> all = participants.findByProgramme(programme.id());
        Map<String, String> mentors = new LinkedHashMap<>();
        for (Participant p : all) {
            if (p.role() == ParticipantRole.MENTOR && !p.state().isFinal() && !p.userKey().equals(viewer)) {
                mentors.put(p.userKey(), users.displayName(p.userKey()));
            }
        }
        String manager = managerOf(orgChart, viewer, users);
        Optional<Application> mine = all.stream()
                .filter(p -> p.userKey().equals(viewer))
                .reduce((first, later) -> later)
                .map(p -> new Access(p, programme, manager, viewer).view());
        return new EnrolmentPage(programme, true, open, offered, mentors, manager,
                manager == null ? null : users.displayName(manager), mine);
    }

    private List<Application> views(Programme programme, String viewer, boolean coordinator,
            List<Participant> candidates, Predicate<Application> keep) {
        Map<String, OrgPerson> people = candidates.isEmpty() ? Map.of()
                : orgChart.findByUserKeys(candidates.stream().map(Participant::userKey).collect(Collectors.toSet()));
        List<Access> visible = new ArrayList<>();
        for (Participant p : candidates) {
            OrgPerson person = people.get(p.userKey());
            String manager = person != null && person.hasManager() ? person.managerKey() : null;
            Access access = new Access(p, programme, manager, viewer, coordinator);
            if (access.mayView()) {
                visible.add(access);
            }
        }
        Map<Integer, String> reasons = visible.isEmpty() ? Map.of()
                : participants.findDecisionReasons(visible.stream().map(a -> a.participant.id()).toList());
        Map<Integer, LearningTheme> offered = themesOf(programme);
        List<Application> result = new ArrayList<>();
        for (Access access : visible) {
            Application application = access.view(reasons.get(access.participant.id()), offered);
            if (keep.test(application)) {
                result.add(application);
            }
        }
        return result;
    }

    /** Views of applications from several programmes, programme by programme, each as the viewer may see it. */
    private List<Application> acrossProgrammes(String viewer, List<Participant> candidates,
            Predicate<Application> keep) {
        Map<Integer, List<Participant>> byProgramme = new LinkedHashMap<>();
        for (Participant p : candidates) {
            byProgramme.computeIfAbsent(p.programmeId(), id -> new ArrayList<>()).add(p);
        }
        List<Application> result = new ArrayList<>();
        byProgramme.forEach((programmeId, group) -> programmes.findById(programmeId).ifPresent(programme -> result
                .addAll(views(programme, viewer, coordinators.coordinates(viewer, programme), group, keep))));
        return result;
    }

    private Map<String, FieldError> check(ApplicationForm form, String applicantKey, Programme programme) {
        Set<Integer> offered = themesOf(programme).keySet();
        Map<String, FieldError> errors = ApplicationRules.check(form, applicantKey, offered, users::exists);
        if (programme.phase() != ProgrammePhase.ENROLMENT_OPEN) {
            errors.put(ApplicationRules.PROGRAMME, ApplicationRules.error("programme.closed"));
        }
        return errors;
    }

    private static void requireReason(Verdict verdict, String reason) {
        Map<String, FieldError> errors = ApplicationRules.checkReason(Objects.requireNonNull(verdict, "verdict"),
                reason);
        if (!errors.isEmpty()) {
            throw EnrolmentRefusals.invalid(errors);
        }
    }

    private boolean hasApplied(int programmeId, String userKey) {
        return participants.findByUser(userKey).stream().anyMatch(p -> p.programmeId() == programmeId);
    }

    private Map<Integer, LearningTheme> themesOf(Programme programme) {
        Map<Integer, LearningTheme> byId = new LinkedHashMap<>();
        for (LearningTheme theme : themes.findAvailableTo(programme.id())) {
            byId.put(theme.id(), theme);
        }
        return byId;
    }

    private String signedIn() {
        return users.currentUserKey()
                .orElseThrow(() -> new Refusal.Forbidden(FORBIDDEN + "sign-in"));
    }

    /** The programme, if the viewer may see its space or coordinates it; otherwise "not found". */
    private Programme visibleProgramme(int programmeId, String viewer) {
        return programmes.findById(programmeId)
                .filter(p -> spaces.canView(viewer, p.spaceKey()) || coordinators.coordinates(viewer, p))
                .orElseThrow(() -> EnrolmentRefusals.programmeNotFound(programmeId));
    }

    /** The application and the viewer's relation to it; "not found" for anybody without one. */
    private Access access(int applicationId, String viewer) {
        Participant participant = participants.findById(applicationId)
                .orElseThrow(() -> EnrolmentRefusals.applicationNotFound(applicationId));
        Programme programme = programmes.findById(participant.programmeId())
                .orElseThrow(() -> EnrolmentRefusals.applicationNotFound(applicationId));
        Access access = new Access(participant, programme, managerOf(orgChart, participant.userKey(), users), viewer);
        if (!access.mayView()) {
            throw EnrolmentRefusals.applicationNotFound(applicationId);
        }
        return access;
    }

    /** Copies the form onto an application; texts are trimmed and blank ones dropped. */
    private static Participant fill(Participant base, ApplicationForm form) {
        boolean mentor = base.role() == ParticipantRole.MENTOR;
        return base.withThemes(List.copyOf(new LinkedHashSet<>(form.themeIds())))
                .withCapacity(mentor ? form.capacity() : 1)
                .withStatement(trim(form.motivation()), trim(form.goals()), trim(form.language()),
                        trim(form.availability()))
                .withPeople(List.copyOf(new LinkedHashSet<>(form.preferredUserKeys())),
                        List.copyOf(new LinkedHashSet<>(form.excludedUserKeys())));
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Runs in a transaction and turns what the store refuses into the service's own refusals. */
    private <T> T inTransaction(Supplier<T> work) {
        try {
            return transactions.execute(work::get);
        } catch (StaleVersionException e) {
            throw new Refusal.Conflict(EnrolmentRefusals.STALE);
        } catch (RecordNotFoundException e) {
            throw EnrolmentRefusals.applicationNotFound(e.id());
        } catch (StoreValidationException e) {
            throw translate(e);
        }
    }

    private static Refusal translate(StoreValidationException e) {
        return switch (e.field()) {
            case "participant.userKey" -> EnrolmentRefusals.invalid(ApplicationRules.ROLE,
                    ApplicationRules.error("already-applied"));
            case "participant.themeIds" -> EnrolmentRefusals.invalid(ApplicationRules.THEMES,
                    ApplicationRules.error("themes.unknown", ""));
            case "participant.state" -> new Refusal.Conflict(EnrolmentRefusals.STATE);
            default -> EnrolmentRefusals.invalid(e.field().substring(e.field().indexOf('.') + 1),
                    ApplicationRules.error("invalid.field"));
        };
    }

    /** One application and how the person asking relates to it. */
    private final class Access {
        private final Participant participant;
        private final Programme programme;
        private final String managerKey;
        private final String viewer;
        private final boolean coordinator;

        Access(Participant participant, Programme programme, String managerKey, String viewer) {
            this(participant, programme, managerKey, viewer, viewer != null
                    && coordinators.coordinates(viewer, programme));
        }

        Access(Participant participant, Programme programme, String managerKey, String viewer,
                boolean coordinator) {
            this.participant = participant;
            this.programme = programme;
            this.managerKey = managerKey;
            this.viewer = viewer;
            this.coordinator = coordinator;
        }

        Access with(Participant changed) {
            return new Access(changed, programme, managerKey, viewer, coordinator);
        }

        boolean applicant() {
            return viewer != null && viewer.equals(participant.userKey());
        }

        boolean manager() {
            return viewer != null && viewer.equals(managerKey);
        }

        boolean mayView() {
            return applicant() || manager() || coordinator;
        }

        boolean editable() {
            ParticipantState state = participant.state();
            return programme.phase() == ProgrammePhase.ENROLMENT_OPEN && (state == ParticipantState.APPLIED
                    || state == ParticipantState.AWAITING_MANAGER || state == ParticipantState.AWAITING_COORDINATOR);
        }

        void requireApplicant() {
            if (!applicant()) {
                throw new Refusal.Forbidden(FORBIDDEN + "not-applicant");
            }
        }

        Application decide(int version, ParticipantState target, String reason) {
            if (!participant.state().canMoveTo(target)) {
                throw new Refusal.Conflict(EnrolmentRefusals.STATE);
            }
            Participant decided = participants.decide(participant.id(), version, target, viewer, clock.instant(),
                    trim(reason));
            return with(decided).view();
        }

        Application view() {
            String reason = participants.findDecisionReasons(List.of(participant.id())).get(participant.id());
            return view(reason, themesOf(programme));
        }

        Application view(String reason, Map<Integer, LearningTheme> offered) {
            boolean fullDetails = applicant() || coordinator;
            Participant shown = fullDetails ? participant : participant.withPeople(List.of(), List.of());
            List<LearningTheme> chosen = shown.themeIds().stream().map(offered::get).filter(Objects::nonNull)
                    .toList();
            boolean nominated = shown.state() == ParticipantState.APPLIED && shown.decidedBy() != null
                    && !shown.decidedBy().equals(shown.userKey());
            boolean skipped = programme.managerApprovalRequired() && managerKey == null
                    && shown.state() != ParticipantState.APPLIED;
            return new Application(shown, chosen, managerKey, reason, nominated, skipped, names(shown),
                    actions());
        }

        private Map<String, String> names(Participant shown) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(shown.userKey());
            keys.add(managerKey);
            keys.add(shown.decidedBy());
            keys.addAll(shown.preferredUserKeys());
            keys.addAll(shown.excludedUserKeys());
            keys.remove(null);
            return displayNames(keys);
        }

        private Set<ApplicationAction> actions() {
            Set<ApplicationAction> actions = EnumSet.noneOf(ApplicationAction.class);
            ParticipantState state = participant.state();
            if (applicant()) {
                if (editable()) {
                    actions.add(ApplicationAction.EDIT);
                }
                if (state.canMoveTo(ParticipantState.WITHDRAWN)) {
                    actions.add(ApplicationAction.WITHDRAW);
                }
                if (state == ParticipantState.APPLIED) {
                    actions.add(ApplicationAction.CONFIRM);
                }
            }
            if (manager() && state == ParticipantState.AWAITING_MANAGER) {
                actions.add(ApplicationAction.APPROVE_AS_MANAGER);
                actions.add(ApplicationAction.DECLINE_AS_MANAGER);
            }
            if (coordinator && !applicant() && state == ParticipantState.AWAITING_COORDINATOR) {
                actions.add(ApplicationAction.APPROVE_AS_COORDINATOR);
                actions.add(ApplicationAction.DECLINE_AS_COORDINATOR);
            }
            return actions;
        }
    }

    private Map<String, String> displayNames(Collection<String> keys) {
        Map<String, String> names = new HashMap<>();
        for (String key : keys) {
            names.put(key, users.displayName(key));
        }
        return names;
    }
}
