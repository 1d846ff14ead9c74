package org.tandem.mentoring.service.session;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.session.PairingHome;
import org.tandem.mentoring.domain.session.CalendarEntry;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.domain.session.SessionRhythm;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.session.SessionViews.PairingHomeView;
import org.tandem.mentoring.service.session.SessionViews.SessionFacts;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SessionStore;

/**
 * The pairing home, for its members: the pair, the mentee's goals and themes, the cadence (the programme's or the
 * pair's own), the next expected session, past and planned sessions, open action items, whether the pairing is
 * dormant, and an iCalendar file for the next session. Nobody else gets any of it.
 */
@Named
public class PairingHomeService {

    private final SessionGate gate;
    private final SessionStore sessions;
    private final PairingStore pairings;
    private final ProgrammeRepository programmes;
    private final ParticipantRepository participants;
    private final SessionService sessionService;
    private final HostUsers users;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public PairingHomeService(SessionGate gate, SessionStore sessions, PairingStore pairings,
            ProgrammeRepository programmes, ParticipantRepository participants, SessionService sessionService,
            HostUsers users, I18nResolver i18n, HostClock hostClock) {
        this(gate, sessions, pairings, programmes, participants, sessionService, users, i18n, hostClock.clock());
    }

    PairingHomeService(SessionGate gate, SessionStore sessions, PairingStore pairings,
            ProgrammeRepository programmes, ParticipantRepository participants, SessionService sessionService,
            HostUsers users, I18nResolver i18n, Clock clock) {
        this.gate = gate;
        this.sessions = sessions;
        this.pairings = pairings;
        this.programmes = programmes;
        this.participants = participants;
        this.sessionService = sessionService;
        this.users = users;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The home of the pairing whose page this is, for a member; empty for everyone else. */
    public Optional<PairingHomeView> homeOfPage(long pageId) {
        Optional<PairingHome> home = sessions.findHomeByPage(pageId);
        String viewer = gate.viewer();
        return home.flatMap(h -> pairings.findById(h.pairingId())).filter(p -> SessionGate.isMember(p, viewer))
                .map(this::view);
    }

    /** The home of a pairing, for a member; 404 for everyone else. */
    public PairingHomeView home(int pairingId) {
        return view(gate.memberPairing(pairingId, gate.viewer()));
    }

    private PairingHomeView view(Pairing pairing) {
        Instant now = clock.instant();
        Programme programme = programmes.findById(pairing.programmeId()).orElseThrow(
                () -> new Refusal.NotFound(SessionGate.PAIRING_NOT_FOUND, pairing.id()));
        Optional<PairingHome> home = sessions.findHome(pairing.id());
        SessionRhythm rhythm = rhythm(pairing, programme, home);
        Map<Integer, String> names = sessionService.themeNames(pairing);
        List<Session> all = sessions.findSessions(pairing.id());
        List<SessionFacts> past = all.stream().filter(s -> !s.startsAt().isAfter(now))
                .map(s -> sessionService.facts(s, names)).toList();
        List<SessionFacts> planned = all.stream().filter(s -> s.startsAt().isAfter(now))
                .map(s -> sessionService.facts(s, names)).toList();
        Optional<Participant> mentee = participants.find(pairing.programmeId(), pairing.menteeKey(),
                ParticipantRole.MENTEE);
        Cadence own = home.map(PairingHome::cadence).orElse(null);
        return new PairingHomeView(pairing.id(), home.map(PairingHome::version).orElse(0),
                users.displayName(pairing.menteeKey()), users.displayName(pairing.mentorKey()),
                mentee.map(Participant::goals).orElse(""),
                mentee.map(m -> m.themeIds().stream().map(id -> names.getOrDefault(id, "?")).toList())
                        .orElse(List.of()),
                cadenceName(rhythm.cadence()), rhythm.cadence().name(), own != null,
                Arrays.stream(Cadence.values()).map(Cadence::name).toList(),
                sessionService.day(rhythm.nextExpected(now).atZone(zoneOf(all)).toLocalDate()),
                rhythm.isDormant(now), past, planned,
                sessions.findOpenActionItems(pairing.id()).stream().map(sessionService::item).toList(),
                cadenceName(programmeCadence(programme)));
    }

    /**
     * An iCalendar file for the pairing's next session (planned, or expected from the cadence), for a member: UTC
     * times, the pair's names and a link, never a note.
     */
    public String nextSessionIcs(int pairingId, String pageUrl) {
        Pairing pairing = gate.memberPairing(pairingId, gate.viewer());
        Programme programme = programmes.findById(pairing.programmeId()).orElseThrow(
                () -> new Refusal.NotFound(SessionGate.PAIRING_NOT_FOUND, pairingId));
        Instant now = clock.instant();
        List<Session> all = sessions.findSessions(pairingId);
        SessionRhythm rhythm = rhythm(pairing, programme, sessions.findHome(pairingId));
        Optional<Session> planned = rhythm.planned(now);
        Instant start = rhythm.nextExpected(now);
        int minutes = planned.map(Session::minutes).orElse(all.isEmpty() ? 60 : all.get(all.size() - 1).minutes());
        String uid = "tandem-pairing-" + pairingId + "-" + planned.map(s -> "session-" + s.id())
                .orElse("expected-" + start.getEpochSecond()) + "@tandem";
        return new CalendarEntry(uid, 0, now, start, start.plusSeconds(60L * minutes),
                i18n.getText("tandem.session.ics.summary", users.displayName(pairing.menteeKey()),
                        users.displayName(pairing.mentorKey())), null, pageUrl == null ? "" : pageUrl).text();
    }

    private SessionRhythm rhythm(Pairing pairing, Programme programme, Optional<PairingHome> home) {
        Cadence cadence = home.map(h -> h.cadenceOr(programmeCadence(programme))).orElse(programmeCadence(programme));
        Instant began = pairing.decidedAt() != null ? pairing.decidedAt()
                : pairing.createdAt() != null ? pairing.createdAt() : clock.instant();
        return new SessionRhythm(cadence, began, sessions.findSessions(pairing.id()));
    }

    private static Cadence programmeCadence(Programme programme) {
        return programme.cadence() == null ? Cadence.FORTNIGHTLY : programme.cadence();
    }

    private static java.time.ZoneId zoneOf(List<Session> all) {
        return all.isEmpty() ? java.time.ZoneId.of("UTC") : all.get(all.size() - 1).zone();
    }

    private String cadenceName(Cadence cadence) {
        return i18n.getText("tandem.session.cadence." + cadence.name());
    }
}
