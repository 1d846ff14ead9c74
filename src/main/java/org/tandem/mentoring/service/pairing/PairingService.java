package org.tandem.mentoring.service.pairing;

import static org.tandem.mentoring.service.people.Managers.managerOf;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.tandem.mentoring.domain.matching.HardRule;
import org.tandem.mentoring.domain.matching.MatchResult;
import org.tandem.mentoring.domain.matching.MatchingEngine;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.PairingWarning;
import org.tandem.mentoring.domain.pairing.Party;
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
import org.tandem.mentoring.store.MentorCapacityException;
import org.tandem.mentoring.store.MentorSeatContentionException;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.RecordNotFoundException;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

/**
 * Pairing mentees with mentors: the coordinator's matching run, adjustments and publishing; the consents of the
 * pair, the mentee's manager and the sponsor; and the end of a pairing.
 *
 * <p>The workflow:
 * <ol>
 * <li>A coordinator runs matching while the programme is in {@code MATCHING} or {@code RUNNING} (late enrolments
 * are matched while earlier pairs already meet; during {@code ENROLMENT_OPEN} the cohort is still changing, so a
 * run is refused). The run takes the programme's {@code APPROVED} mentees and mentors, leaves out mentees who
 * already have a proposed or active pairing, offers each mentor only the places not held by proposed or active
 * pairings, and stages the engine's proposals, replacing the staged pairings of the run before.</li>
 * <li>The coordinator adjusts staged pairings: removes one, swaps the mentors of two, or stages a pair by hand.
 * A hard rule of the engine ({@link HardRule}) can never be overridden; soft warnings ({@link PairingWarning}) can,
 * with a written reason that is kept. Publishing makes every staged pairing {@code PROPOSED}; the hard rules and
 * the capacities are checked again against the current org chart first, and nothing is published if one fails.</li>
 * <li>Consent: the mentee and the mentor accept or decline; the mentee's direct manager (from the org chart when
 * the pairing was published) acknowledges, and when the org chart names no manager the step is skipped and the
 * skip is logged; where the programme asks for sponsor approval a sponsor approves or declines. For now the
 * sponsor is any coordinator of the programme who is not one of the pair. When every consent is in the pairing is
 * {@code ACTIVE} and takes one of the mentor's places, which are never exceeded (see {@link PairingStore}).
 * A decline makes it {@code DECLINED}; both people are free for the next run.</li>
 * <li>Either side ends an active pairing with a reason (no blame is recorded) and can be matched again.</li>
 * </ol>
 *
 * <p>Who sees what, checked here for every call: coordinators ({@link Coordinators}) see every pairing of their
 * programme with score, explanation, warnings and reasons; the mentee and the mentor see their own published
 * pairings (not staged ones), the explanation and the consents; the mentee's manager sees that the report is
 * paired and whether the acknowledgement is needed, nothing else; everybody else gets "not found". Every decision
 * is logged with who took it and when. Steps on a stale version fail with 409 and write nothing.
 */
@Named
public class PairingService {

    private static final String FORBIDDEN = "tandem.pairing.error.forbidden.";
    private static final String FIELD = "tandem.pairing.error.";
    private static final Set<ProgrammePhase> MATCHING_PHASES = EnumSet.of(ProgrammePhase.MATCHING,
            ProgrammePhase.RUNNING);
    private static final int MAX_REASON = 4000;
    /** Whole-transaction attempts when a concurrent step took a mentor's place first. */
    private static final int ATTEMPTS = 5;

    private final ProgrammeRepository programmes;
    private final ParticipantRepository participants;
    private final LearningThemeRepository themes;
    private final OrgChartRepository orgChart;
    private final PairingStore pairings;
    private final HostUsers users;
    private final HostSpaces spaces;
    private final Coordinators coordinators;
    private final TransactionTemplate transactions;
    private final MatchingEngine engine;
    private final Clock clock;

    @Inject
    public PairingService(ProgrammeRepository programmes, ParticipantRepository participants,
            LearningThemeRepository themes, OrgChartRepository orgChart, PairingStore pairings, HostUsers users,
            HostSpaces spaces, Coordinators coordinators, TransactionTemplate transactions) {
        this(programmes, participants, themes, orgChart, pairings, users, spaces, coordinators, transactions,
                new MatchingEngine(), Clock.systemUTC());
    }

    PairingService(ProgrammeRepository programmes, ParticipantRepository participants,
            LearningThemeRepository themes, OrgChartRepository orgChart, PairingStore pairings, HostUsers users,
            HostSpaces spaces, Coordinators coordinators, TransactionTemplate transactions, MatchingEngine engine,
            Clock clock) {
        this.programmes = programmes;
        this.participants = participants;
        this.themes = themes;
        this.orgChart = orgChart;
        this.pairings = pairings;
        this.users = users;
        this.spaces = spaces;
        this.coordinators = coordinators;
        this.transactions = transactions;
        this.engine = engine;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the coordinator

    /** Runs matching for a programme and stages the proposals, replacing the staged pairings of the last run. */
    public RunResult run(int programmeId) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Programme programme = coordinatedProgramme(programmeId, viewer);
            requireMatchingPhase(programme);
            MatchingInput input = input(programme, orgChart.whole());
            List<Pairing> existing = pairings.findByProgramme(programmeId);
            Set<String> busy = new LinkedHashSet<>();
            Map<String, Integer> held = new HashMap<>();
            for (Pairing pairing : existing) {
                if (pairing.state().holdsPeople()) {
                    busy.add(pairing.menteeKey());
                    held.merge(pairing.mentorKey(), 1, Integer::sum);
                }
            }
            List<String> free = input.mentees().stream().map(Participant::userKey).filter(k -> !busy.contains(k))
                    .toList();
            Map<String, Integer> placesLeft = new LinkedHashMap<>();
            for (Participant mentor : input.mentors()) {
                placesLeft.put(mentor.userKey(), mentor.capacity() - held.getOrDefault(mentor.userKey(), 0));
            }
            MatchResult result = engine.match(input.request(free, placesLeft));
            Instant now = clock.instant();
            List<Pairing> staged = new ArrayList<>();
            for (Proposal proposal : result.proposals()) {
                staged.add(Pairing.staged(programmeId, proposal, input.warnings(proposal), null, viewer, now));
            }
            List<Pairing> stored = pairings.replaceStaged(programmeId, staged, viewer, now);
            Map<String, String> names = new HashMap<>();
            result.unmatchedMentees().forEach(key -> names.put(key, displayName(key)));
            return new RunResult(stored.stream().map(p -> view(p, programme, viewer, true)).toList(),
                    result.unmatchedMentees(), result.matchedCount(), result.totalScore(), names);
        });
    }

    /** Removes a staged pairing. */
    public void remove(int pairingId, int version) {
        String viewer = signedIn();
        inTransaction(() -> {
            Access access = access(pairingId, viewer);
            access.requireCoordinator();
            if (access.pairing.state() != PairingState.STAGED) {
                throw new Refusal.Conflict(PairingRefusals.STATE);
            }
            pairings.removeStaged(pairingId, version, viewer, clock.instant(), null);
            return null;
        });
    }

    /**
     * Swaps the mentors of two staged pairings of a programme. Each new pair is held to the hard rules; a
     * reason is required when either new pair has a soft warning.
     */
    public List<PairingView> swap(int programmeId, int firstId, int firstVersion, int secondId, int secondVersion,
            String reason) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Access first = access(firstId, viewer);
            Access second = access(secondId, viewer);
            if (first.pairing.programmeId() != programmeId) {
                throw PairingRefusals.pairingNotFound(firstId);
            }
            first.requireCoordinator();
            second.requireCoordinator();
            if (first.pairing.programmeId() != second.pairing.programmeId() || firstId == secondId) {
                throw PairingRefusals.invalid("second", FIELD + "swap.other");
            }
            if (first.pairing.state() != PairingState.STAGED || second.pairing.state() != PairingState.STAGED) {
                throw new Refusal.Conflict(PairingRefusals.STATE);
            }
            if (first.pairing.mentorKey().equals(second.pairing.mentorKey())) {
                throw PairingRefusals.invalid("second", FIELD + "swap.same-mentor");
            }
            requireMatchingPhase(first.programme);
            MatchingInput input = input(first.programme, orgChart.snapshot(List.of(first.pairing.menteeKey(),
                    second.pairing.menteeKey(), first.pairing.mentorKey(), second.pairing.mentorKey())));
            Proposal a = allowed(input, first.pairing.menteeKey(), second.pairing.mentorKey(), "second");
            Proposal b = allowed(input, second.pairing.menteeKey(), first.pairing.mentorKey(), "first");
            Set<PairingWarning> warningsA = input.warnings(a);
            Set<PairingWarning> warningsB = input.warnings(b);
            String why = reasonFor(warningsA.isEmpty() && warningsB.isEmpty(), reason);
            Instant now = clock.instant();
            Pairing swappedA = pairings.save(first.pairing.atVersion(firstVersion).withMentor(a, warningsA, why)
                    .decidedBy(viewer, now), PairingEventType.SWAPPED, viewer, now, why);
            Pairing swappedB = pairings.save(second.pairing.atVersion(secondVersion).withMentor(b, warningsB, why)
                    .decidedBy(viewer, now), PairingEventType.SWAPPED, viewer, now, why);
            return List.of(view(swappedA, first.programme, viewer, true),
                    view(swappedB, first.programme, viewer, true));
        });
    }

    /**
     * Stages a pair the coordinator chose. Both must be approved participants in their roles, the mentee without a
     * staged, proposed or active pairing, the mentor with a place left; the hard rules are never overridden, and a
     * soft warning needs a reason.
     */
    public PairingView add(int programmeId, String menteeKey, String mentorKey, String reason) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Programme programme = coordinatedProgramme(programmeId, viewer);
            requireMatchingPhase(programme);
            MatchingInput input = input(programme, orgChart.snapshot(Arrays.asList(menteeKey, mentorKey)));
            Map<String, FieldError> errors = new LinkedHashMap<>();
            if (menteeKey == null || !input.isMentee(menteeKey)) {
                errors.put("menteeKey", FieldError.of(FIELD + "mentee.unknown"));
            }
            if (mentorKey == null || !input.isMentor(mentorKey)) {
                errors.put("mentorKey", FieldError.of(FIELD + "mentor.unknown"));
            }
            throwIfAny(errors);
            List<Pairing> existing = pairings.findByProgramme(programmeId);
            if (existing.stream().anyMatch(p -> p.menteeKey().equals(menteeKey) && !p.state().isFinal())) {
                throw PairingRefusals.invalid("menteeKey", FIELD + "mentee.paired");
            }
            long taken = existing.stream().filter(p -> p.mentorKey().equals(mentorKey) && !p.state().isFinal())
                    .count();
            if (taken >= input.mentor(mentorKey).capacity()) {
                throw PairingRefusals.invalid("mentorKey", FIELD + "mentor.full");
            }
            Proposal proposal = allowed(input, menteeKey, mentorKey, "mentorKey");
            Set<PairingWarning> warnings = input.warnings(proposal);
            String why = reasonFor(warnings.isEmpty(), reason);
            Instant now = clock.instant();
            Pairing stored = pairings.stage(Pairing.staged(programmeId, proposal, warnings, why, viewer, now),
                    PairingEventType.ADDED, viewer, now, why);
            return view(stored, programme, viewer, true);
        });
    }

    /**
     * Publishes every staged pairing of a programme to its pair. The hard rules, the approvals of both people and
     * the mentors' capacities are checked again first; if one fails nothing is published.
     */
    public List<PairingView> publish(int programmeId) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Programme programme = coordinatedProgramme(programmeId, viewer);
            requireMatchingPhase(programme);
            List<Pairing> all = pairings.findByProgramme(programmeId);
            List<Pairing> staged = all.stream().filter(p -> p.state() == PairingState.STAGED).toList();
            if (staged.isEmpty()) {
                throw new Refusal.Conflict(PairingRefusals.NOTHING_STAGED);
            }
            OrgChart chart = orgChart.snapshot(staged.stream()
                    .flatMap(p -> Stream.of(p.menteeKey(), p.mentorKey())).toList());
            MatchingInput input = input(programme, chart);
            Map<String, Integer> load = new HashMap<>();
            Set<String> menteesHeld = new LinkedHashSet<>();
            for (Pairing pairing : all) {
                if (!pairing.state().isFinal()) {
                    load.merge(pairing.mentorKey(), 1, Integer::sum);
                    if (!menteesHeld.add(pairing.menteeKey())) {
                        throw new Refusal.Conflict(PairingRefusals.PUBLISH, pairing.menteeKey());
                    }
                }
            }
            Map<String, Integer> capacities = new LinkedHashMap<>();
            for (Pairing pairing : staged) {
                if (!input.isMentee(pairing.menteeKey()) || !input.isMentor(pairing.mentorKey())
                        || input.check(pairing.menteeKey(), pairing.mentorKey()).isPresent()
                        || load.get(pairing.mentorKey()) > input.mentor(pairing.mentorKey()).capacity()) {
                    throw new Refusal.Conflict(PairingRefusals.PUBLISH, pairing.menteeKey());
                }
                capacities.put(pairing.mentorKey(), input.mentor(pairing.mentorKey()).capacity());
            }
            pairings.reserveSeats(programmeId, capacities);
            Instant now = clock.instant();
            List<PairingView> published = new ArrayList<>();
            for (Pairing pairing : staged) {
                String manager = managerOf(chart, pairing.menteeKey(), users);
                Pairing proposed = pairings.save(pairing.proposed(manager, programme.sponsorApprovalRequired())
                        .decidedBy(viewer, now), PairingEventType.PUBLISHED, viewer, now, null);
                if (manager == null) {
                    pairings.log(programmeId, proposed.id(), PairingEventType.MANAGER_SKIPPED, viewer, now,
                            "no manager in the org chart");
                }
                published.add(view(proposed, programme, viewer, true));
            }
            return published;
        });
    }

    /** The decision log of a programme's pairings; coordinators only. */
    public List<PairingEvent> history(int programmeId) {
        String viewer = signedIn();
        return inTransaction(() -> {
            coordinatedProgramme(programmeId, viewer);
            return pairings.findProgrammeEvents(programmeId);
        });
    }

    // ---------------------------------------------------------------- everybody, as far as they may

    /**
     * The pairings of a programme the signed-in person may see: all of them for a coordinator; otherwise their own
     * published pairings and those of their reports (as a manager sees them). {@code state} and {@code themeId}
     * (a learning theme the mentee asked for) filter when not null.
     */
    public List<PairingView> list(int programmeId, PairingState state, Integer themeId) {
        String viewer = signedIn();
        return inTransaction(() -> {
            Programme programme = visibleProgramme(programmeId, viewer);
            boolean coordinator = coordinators.coordinates(viewer, programme);
            Set<String> withTheme = themeId == null ? null : menteesWanting(programmeId, themeId);
            List<PairingView> views = new ArrayList<>();
            for (Pairing pairing : pairings.findByProgramme(programmeId)) {
                if ((state == null || pairing.state() == state)
                        && (withTheme == null || withTheme.contains(pairing.menteeKey()))) {
                    Access access = new Access(pairing, programme, viewer, coordinator);
                    if (access.mayView()) {
                        views.add(access.view());
                    }
                }
            }
            return views;
        });
    }

    /**
     * The pairing board of the programme in a space, or empty when there is none, the space is not the viewer's to
     * see, or nobody is signed in.
     */
    public Optional<PairingBoard> boardForSpace(String spaceKey) {
        Optional<String> viewer = users.currentUserKey();
        if (spaceKey == null || viewer.isEmpty() || !spaces.canView(viewer.get(), spaceKey)) {
            return Optional.empty();
        }
        return inTransaction(() -> programmes.findBySpaceKey(spaceKey).map(programme -> {
            List<PairingView> visible = list(programme.id(), null, null);
            List<PairingView> waiting = awaitingMe().stream().filter(v -> v.programmeId() == programme.id())
                    .toList();
            return new PairingBoard(programme.id(), programme.name(),
                    coordinators.coordinates(viewer.get(), programme), MATCHING_PHASES.contains(programme.phase()),
                    visible, waiting);
        }));
    }

    /** One pairing, as the signed-in person may see it. */
    public PairingView get(int pairingId) {
        String viewer = signedIn();
        return inTransaction(() -> access(pairingId, viewer).view());
    }

    /**
     * What waits for the signed-in person in every programme: own pairings to accept or decline, reports' pairings
     * to acknowledge, and (for coordinators of programmes that ask for it) pairings to approve as sponsor.
     */
    public List<PairingView> awaitingMe() {
        String viewer = signedIn();
        return inTransaction(() -> {
            Map<Integer, Pairing> waiting = new LinkedHashMap<>();
            for (Pairing pairing : pairings.findByPerson(viewer)) {
                Party party = viewer.equals(pairing.menteeKey()) ? Party.MENTEE : Party.MENTOR;
                if (pairing.waitsFor(party)) {
                    waiting.put(pairing.id(), pairing);
                }
            }
            for (Pairing pairing : pairings.findByManager(viewer)) {
                if (pairing.waitsFor(Party.MANAGER)) {
                    waiting.put(pairing.id(), pairing);
                }
            }
            for (Programme programme : programmes.findAll()) {
                if (programme.sponsorApprovalRequired() && coordinators.coordinates(viewer, programme)) {
                    for (Pairing pairing : pairings.findByProgrammeAndStates(programme.id(),
                            EnumSet.of(PairingState.PROPOSED))) {
                        if (pairing.waitsFor(Party.SPONSOR) && !isPair(pairing, viewer)) {
                            waiting.put(pairing.id(), pairing);
                        }
                    }
                }
            }
            Map<Integer, Programme> cache = new HashMap<>();
            List<PairingView> views = new ArrayList<>();
            for (Pairing pairing : waiting.values()) {
                Programme programme = cache.computeIfAbsent(pairing.programmeId(),
                        id -> programmes.findById(id).orElse(null));
                if (programme != null) {
                    Access access = new Access(pairing, programme, viewer, coordinators.coordinates(viewer,
                            programme));
                    if (access.mayView()) {
                        views.add(access.view());
                    }
                }
            }
            return views;
        });
    }

    /**
     * Answers a proposed pairing: the mentee or mentor {@code ACCEPT}s or {@code DECLINE}s, the mentee's manager
     * {@code ACKNOWLEDGE}s, a sponsor {@code APPROVE}s or {@code DECLINE}s. {@code reason} is kept with a decline.
     */
    public PairingView answer(int pairingId, int version, ConsentAnswer answer, String reason) {
        String viewer = signedIn();
        if (answer == null) {
            throw PairingRefusals.invalid("answer", FIELD + "answer.invalid");
        }
        String why = trim(reason);
        if (why != null && why.length() > MAX_REASON) {
            throw PairingRefusals.invalid("reason", FIELD + "reason.long", MAX_REASON);
        }
        return inTransaction(() -> {
            Access access = access(pairingId, viewer);
            Party party = access.partyFor(answer);
            Pairing pairing = access.pairing;
            if (!pairing.waitsFor(party)) {
                throw new Refusal.Conflict(PairingRefusals.STATE);
            }
            Consent consent = answer == ConsentAnswer.DECLINE ? Consent.DECLINED : Consent.GIVEN;
            Instant now = clock.instant();
            Pairing answered = pairing.atVersion(version).withConsent(party, consent, viewer, why)
                    .decidedBy(viewer, now);
            Pairing saved = pairings.save(answered, eventFor(party, consent), viewer, now, why);
            return access.with(saved).view();
        });
    }

    /** Either side ends an active pairing, with a reason; both can be matched again. */
    public PairingView end(int pairingId, int version, String reason) {
        String viewer = signedIn();
        String why = trim(reason);
        if (why == null) {
            throw PairingRefusals.invalid("reason", FIELD + "reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw PairingRefusals.invalid("reason", FIELD + "reason.long", MAX_REASON);
        }
        return inTransaction(() -> {
            Access access = access(pairingId, viewer);
            if (!access.pair()) {
                throw new Refusal.Forbidden(FORBIDDEN + "not-pair");
            }
            if (access.pairing.state() != PairingState.ACTIVE) {
                throw new Refusal.Conflict(PairingRefusals.STATE);
            }
            Instant now = clock.instant();
            Pairing saved = pairings.save(access.pairing.atVersion(version).ended(why).decidedBy(viewer, now),
                    PairingEventType.ENDED, viewer, now, why);
            return access.with(saved).view();
        });
    }

    // ---------------------------------------------------------------- helpers

    private static PairingEventType eventFor(Party party, Consent consent) {
        boolean yes = consent == Consent.GIVEN;
        return switch (party) {
            case MENTEE -> yes ? PairingEventType.MENTEE_ACCEPTED : PairingEventType.MENTEE_DECLINED;
            case MENTOR -> yes ? PairingEventType.MENTOR_ACCEPTED : PairingEventType.MENTOR_DECLINED;
            case MANAGER -> PairingEventType.MANAGER_ACKNOWLEDGED;
            case SPONSOR -> yes ? PairingEventType.SPONSOR_APPROVED : PairingEventType.SPONSOR_DECLINED;
        };
    }

    /** The engine's score of an allowed pair; a hard rule is a field error that no reason overrides. */
    private static Proposal allowed(MatchingInput input, String menteeKey, String mentorKey, String field) {
        Optional<HardRule> broken = input.check(menteeKey, mentorKey);
        if (broken.isPresent()) {
            throw PairingRefusals.invalid(field, FIELD + "hard." + broken.get().name());
        }
        return input.describe(menteeKey, mentorKey);
    }

    private static String reasonFor(boolean noWarnings, String reason) {
        String why = trim(reason);
        if (!noWarnings && why == null) {
            throw PairingRefusals.invalid("reason", FIELD + "reason.warnings");
        }
        if (why != null && why.length() > MAX_REASON) {
            throw PairingRefusals.invalid("reason", FIELD + "reason.long", MAX_REASON);
        }
        return why;
    }

    private MatchingInput input(Programme programme, OrgChart chart) {
        List<Participant> approved = participants.findByProgrammeAndState(programme.id(),
                ParticipantState.APPROVED);
        Map<Integer, String> names = new HashMap<>();
        for (LearningTheme theme : themes.findAvailableTo(programme.id())) {
            names.put(theme.id(), theme.name());
        }
        return new MatchingInput(engine, programme, approved, names, chart);
    }

    private Set<String> menteesWanting(int programmeId, int themeId) {
        Set<String> keys = new LinkedHashSet<>();
        for (Participant mentee : participants.findByProgrammeAndRole(programmeId, ParticipantRole.MENTEE)) {
            if (mentee.themeIds().contains(themeId)) {
                keys.add(mentee.userKey());
            }
        }
        return keys;
    }

    private String displayName(String key) {
        String name = users.displayName(key);
        return name == null ? key : name;
    }

    private static boolean isPair(Pairing pairing, String viewer) {
        return viewer.equals(pairing.menteeKey()) || viewer.equals(pairing.mentorKey());
    }

    private static void requireMatchingPhase(Programme programme) {
        if (!MATCHING_PHASES.contains(programme.phase())) {
            throw new Refusal.Conflict(PairingRefusals.PHASE, programme.phase().name());
        }
    }

    private String signedIn() {
        return users.currentUserKey().orElseThrow(() -> new Refusal.Forbidden(FORBIDDEN + "sign-in"));
    }

    /** The programme, if the viewer may see its space or coordinates it; otherwise "not found". */
    private Programme visibleProgramme(int programmeId, String viewer) {
        return programmes.findById(programmeId)
                .filter(p -> spaces.canView(viewer, p.spaceKey()) || coordinators.coordinates(viewer, p))
                .orElseThrow(() -> PairingRefusals.programmeNotFound(programmeId));
    }

    /** A programme the viewer coordinates: "not found" if they cannot see it, "forbidden" if they only see it. */
    private Programme coordinatedProgramme(int programmeId, String viewer) {
        Programme programme = visibleProgramme(programmeId, viewer);
        if (!coordinators.coordinates(viewer, programme)) {
            throw new Refusal.Forbidden(FORBIDDEN + "not-coordinator");
        }
        return programme;
    }

    /** The pairing and the viewer's relation to it; "not found" for anybody without one. */
    private Access access(int pairingId, String viewer) {
        Pairing pairing = pairings.findById(pairingId).orElseThrow(() -> PairingRefusals.pairingNotFound(pairingId));
        Programme programme = programmes.findById(pairing.programmeId())
                .orElseThrow(() -> PairingRefusals.pairingNotFound(pairingId));
        Access access = new Access(pairing, programme, viewer, coordinators.coordinates(viewer, programme));
        if (!access.mayView()) {
            throw PairingRefusals.pairingNotFound(pairingId);
        }
        return access;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void throwIfAny(Map<String, FieldError> errors) {
        if (!errors.isEmpty()) {
            throw PairingRefusals.invalid(errors);
        }
    }

    /**
     * Runs in a transaction and turns what the store refuses into the service's own refusals. A step that lost a
     * mentor's place to a concurrent step runs again in a new transaction (its own data was not stale).
     */
    private <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(work::get);
            } catch (MentorSeatContentionException e) {
                if (attempt >= ATTEMPTS) {
                    throw new Refusal.Conflict(PairingRefusals.STALE);
                }
            } catch (MentorCapacityException e) {
                throw new Refusal.Conflict(PairingRefusals.MENTOR_FULL);
            } catch (StaleVersionException e) {
                throw new Refusal.Conflict(PairingRefusals.STALE);
            } catch (RecordNotFoundException e) {
                throw PairingRefusals.pairingNotFound(e.id());
            } catch (StoreValidationException e) {
                throw translate(e);
            }
        }
    }

    private static Refusal translate(StoreValidationException e) {
        if (e.field().endsWith(".state") || e.field().endsWith(".mentorKey")) {
            return new Refusal.Conflict(PairingRefusals.STATE);
        }
        return PairingRefusals.invalid(e.field().substring(e.field().indexOf('.') + 1), FIELD + "invalid.field");
    }

    private PairingView view(Pairing pairing, Programme programme, String viewer, boolean coordinator) {
        return new Access(pairing, programme, viewer, coordinator).view();
    }

    /** One pairing and how the person asking relates to it. */
    private final class Access {
        private final Pairing pairing;
        private final Programme programme;
        private final String viewer;
        private final boolean coordinator;

        Access(Pairing pairing, Programme programme, String viewer, boolean coordinator) {
            this.pairing = pairing;
            this.programme = programme;
            this.viewer = viewer;
            this.coordinator = coordinator;
        }

        Access with(Pairing changed) {
            return new Access(changed, programme, viewer, coordinator);
        }

        boolean pair() {
            return pairing.state() != PairingState.STAGED && isPair(pairing, viewer);
        }

        boolean manager() {
            return pairing.state() != PairingState.STAGED && viewer.equals(pairing.managerKey());
        }

        /** A coordinator who may answer as sponsor: never one of the pair. */
        boolean sponsor() {
            return coordinator && !isPair(pairing, viewer) && pairing.sponsorConsent() != Consent.NOT_REQUIRED;
        }

        boolean mayView() {
            return coordinator || pair() || manager();
        }

        Audience audience() {
            return coordinator ? Audience.COORDINATOR : pair() ? Audience.PARTICIPANT : Audience.MANAGER;
        }

        void requireCoordinator() {
            if (!coordinator) {
                throw new Refusal.Forbidden(FORBIDDEN + "not-coordinator");
            }
        }

        Party partyFor(ConsentAnswer answer) {
            Party own = pair() ? (viewer.equals(pairing.menteeKey()) ? Party.MENTEE : Party.MENTOR) : null;
            return switch (answer) {
                case ACCEPT -> require(own, "not-pair");
                case DECLINE -> own != null ? own : sponsor() ? Party.SPONSOR : require(null, "not-pair");
                case ACKNOWLEDGE -> manager() ? Party.MANAGER : require(null, "not-manager");
                case APPROVE -> sponsor() ? Party.SPONSOR : require(null, "not-sponsor");
            };
        }

        private Party require(Party party, String why) {
            if (party == null) {
                throw new Refusal.Forbidden(FORBIDDEN + why);
            }
            return party;
        }

        Set<PairingAction> actions() {
            Set<PairingAction> actions = EnumSet.noneOf(PairingAction.class);
            PairingState state = pairing.state();
            if (coordinator && state == PairingState.STAGED) {
                actions.add(PairingAction.REMOVE);
                actions.add(PairingAction.SWAP);
            }
            if (pair()) {
                Party own = viewer.equals(pairing.menteeKey()) ? Party.MENTEE : Party.MENTOR;
                if (pairing.waitsFor(own)) {
                    actions.add(PairingAction.ACCEPT);
                    actions.add(PairingAction.DECLINE);
                }
                if (state == PairingState.ACTIVE) {
                    actions.add(PairingAction.END);
                }
            }
            if (manager() && pairing.waitsFor(Party.MANAGER)) {
                actions.add(PairingAction.ACKNOWLEDGE);
            }
            if (sponsor() && pairing.waitsFor(Party.SPONSOR)) {
                actions.add(PairingAction.APPROVE);
                actions.add(PairingAction.DECLINE);
            }
            return actions;
        }

        PairingView view() {
            Audience audience = audience();
            Map<String, String> names = new HashMap<>();
            Map<Party, Consent> consents = new EnumMap<>(Party.class);
            if (audience == Audience.MANAGER) {
                consents.put(Party.MANAGER, pairing.managerConsent());
                name(names, pairing.menteeKey());
                return new PairingView(pairing.id(), pairing.version(), pairing.programmeId(), audience,
                        pairing.state(), pairing.menteeKey(), null, null, null, null, null, null, null, consents,
                        null, null, null, actions(), names);
            }
            for (Party party : Party.values()) {
                consents.put(party, pairing.consentOf(party));
            }
            boolean full = audience == Audience.COORDINATOR;
            for (String key : new String[] {pairing.menteeKey(), pairing.mentorKey(), pairing.decidedBy(),
                full ? pairing.managerKey() : null, full ? pairing.sponsorKey() : null}) {
                name(names, key);
            }
            return new PairingView(pairing.id(), pairing.version(), pairing.programmeId(), audience,
                    pairing.state(), pairing.menteeKey(), pairing.mentorKey(), full ? pairing.score() : null,
                    full ? pairing.breakdown() : null, pairing.explanation(), full ? pairing.warnings() : null,
                    full ? pairing.reason() : null, full ? pairing.managerKey() : null, consents,
                    pairing.decidedBy(), pairing.decidedAt(), pairing.endReason(), actions(), names);
        }

        private void name(Map<String, String> names, String key) {
            if (key != null) {
                names.put(key, displayName(key));
            }
        }
    }
}
