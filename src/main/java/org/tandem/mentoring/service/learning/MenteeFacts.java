package org.tandem.mentoring.service.learning;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.PageLookups;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.people.Managers;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.LearningRepository;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.RecordNotFoundException;
import org.tandem.mentoring.store.SessionStore;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

/**
 * What the learning services share: who is asking, a pairing with the mentee's direct manager as the org chart
 * names them now (see {@link Managers}), the pairing's learning themes (the mentee's own), the pairing of a session
 * page or a pairing page, and one transaction with the store's refusals translated.
 */
@Named
public class MenteeFacts {

    /** A pairing, its programme and the mentee's current direct manager (null for none). */
    public record Found(Pairing pairing, Programme programme, String manager) {

        public boolean isMentee(String viewer) {
            return viewer != null && viewer.equals(pairing.menteeKey());
        }

        public boolean isMentor(String viewer) {
            return viewer != null && viewer.equals(pairing.mentorKey());
        }

        public boolean isManager(String viewer) {
            return viewer != null && viewer.equals(manager);
        }
    }

    private final ProgrammeGate gate;
    private final ProgrammeRepository programmes;
    private final PairingStore pairings;
    private final SessionStore sessions;
    private final ParticipantRepository participants;
    private final LearningThemeRepository themes;
    private final OrgChartRepository orgChart;
    private final HostUsers users;
    private final LearningRepository store;

    @Inject
    public MenteeFacts(ProgrammeGate gate, ProgrammeRepository programmes, PairingStore pairings,
            SessionStore sessions, ParticipantRepository participants, LearningThemeRepository themes,
            OrgChartRepository orgChart, HostUsers users, LearningRepository store) {
        this.gate = gate;
        this.programmes = programmes;
        this.pairings = pairings;
        this.sessions = sessions;
        this.participants = participants;
        this.themes = themes;
        this.orgChart = orgChart;
        this.users = users;
        this.store = store;
    }

    LearningRepository store() {
        return store;
    }

    SessionStore sessions() {
        return sessions;
    }

    PairingStore pairings() {
        return pairings;
    }

    HostUsers users() {
        return users;
    }

    OrgChartRepository orgChart() {
        return orgChart;
    }

    /** The signed-in person, if any. */
    public Optional<String> currentViewer() {
        return gate.viewer();
    }

    /** The pairing whose pairing page this is. */
    public Optional<Found> pairingOnPage(long pageId) {
        return pairingOfPage(pageId);
    }

    Optional<String> viewer() {
        return gate.viewer();
    }

    String signedIn() {
        return gate.signedIn(LearningRefusals.SIGN_IN);
    }

    boolean coordinates(String viewer, Programme programme) {
        return gate.coordinates(viewer, programme);
    }

    Optional<Programme> pairingsProgramme(int programmeId) {
        return programmes.findById(programmeId);
    }

    /** The programmes with these ids, by id. */
    Map<Integer, Programme> programmesById(Collection<Integer> ids) {
        return programmes.findByIds(ids);
    }

    Optional<Found> pairing(int pairingId) {
        return PageLookups.pairing(pairings, pairingId).flatMap(this::found);
    }

    Optional<Found> found(Pairing pairing) {
        return programmes.findById(pairing.programmeId()).map(programme -> new Found(pairing, programme,
                Managers.managerOf(orgChart, pairing.menteeKey(), users)));
    }

    /** The pairing whose page this is. */
    Optional<Found> pairingOfPage(long pageId) {
        return sessions.findHomeByPage(pageId).flatMap(home -> pairing(home.pairingId()));
    }

    Optional<Session> sessionOfPage(long pageId) {
        return PageLookups.sessionOfPage(sessions, pageId);
    }

    /** True once a session of the pairing has begun. */
    boolean firstSessionPassed(int pairingId, Instant now) {
        return sessions.findSessions(pairingId).stream().anyMatch(s -> !s.startsAt().isAfter(now));
    }

    /** The pairing's learning themes: those the mentee asked for, in the order of the programme's list. */
    List<LearningTheme> themesOf(Pairing pairing) {
        Set<Integer> wanted = participants.find(pairing.programmeId(), pairing.menteeKey(), ParticipantRole.MENTEE)
                .map(Participant::themeIds).map(Set::copyOf).orElse(Set.of());
        return PageLookups.themesOf(themes, pairing.programmeId()).stream().filter(t -> wanted.contains(t.id()))
                .sorted(Comparator.comparing(LearningTheme::id)).toList();
    }

    /**
     * {@link #themesOf(Pairing)} for many pairings, by pairing id: one query for the mentees' enrolments (per 500
     * mentees) and one per programme for the themes it offers.
     */
    Map<Integer, List<LearningTheme>> themesOf(Collection<Pairing> many) {
        Map<String, Set<Integer>> wanted = new HashMap<>();
        for (Participant p : participants.findByUsers(many.stream().map(Pairing::menteeKey).toList())) {
            if (p.role() == ParticipantRole.MENTEE) {
                wanted.put(p.programmeId() + ":" + p.userKey(), Set.copyOf(p.themeIds()));
            }
        }
        Map<Integer, List<LearningTheme>> offered = new HashMap<>();
        Map<Integer, List<LearningTheme>> found = new HashMap<>();
        for (Pairing pairing : many) {
            Set<Integer> themeIds = wanted.getOrDefault(pairing.programmeId() + ":" + pairing.menteeKey(), Set.of());
            found.put(pairing.id(), offered.computeIfAbsent(pairing.programmeId(), themes::findAvailableTo).stream()
                    .filter(t -> themeIds.contains(t.id())).sorted(Comparator.comparing(LearningTheme::id)).toList());
        }
        return found;
    }

    /** Every theme a programme offers, by id (for names). */
    Map<Integer, String> themeNames(int programmeId) {
        return PageLookups.themesOf(themes, programmeId).stream()
                .collect(Collectors.toMap(LearningTheme::id, LearningTheme::name, (a, b) -> a));
    }

    String name(String userKey) {
        return userKey == null ? null : users.displayName(userKey);
    }

    <T> T inTransaction(Supplier<T> work) {
        return gate.inTransaction(work, MenteeFacts::translate);
    }

    static Function<RuntimeException, Refusal> translator() {
        return MenteeFacts::translate;
    }

    private static Refusal translate(RuntimeException e) {
        if (e instanceof StaleVersionException) {
            return new Refusal.Conflict(LearningRefusals.STALE);
        }
        if (e instanceof RecordNotFoundException) {
            return LearningRefusals.notFound();
        }
        if (e instanceof StoreValidationException invalid) {
            String field = invalid.field();
            return LearningRefusals.invalid(field.substring(field.indexOf('.') + 1),
                    LearningRefusals.FIELD + "field." + invalid.problem().name().toLowerCase(java.util.Locale.ROOT));
        }
        throw e;
    }
}
