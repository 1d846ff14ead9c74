package org.tandem.mentoring.service.session;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.session.ActionItem;
import org.tandem.mentoring.domain.session.PairingHome;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.domain.session.SessionFormat;
import org.tandem.mentoring.domain.session.SessionNote;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostPages;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.PageLookups;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.programme.ThemeNames;
import org.tandem.mentoring.service.session.SessionViews.ActionItemView;
import org.tandem.mentoring.service.session.SessionViews.Member;
import org.tandem.mentoring.service.session.SessionViews.NoteView;
import org.tandem.mentoring.service.session.SessionViews.SessionFacts;
import org.tandem.mentoring.service.session.SessionViews.SessionPage;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.RecordNotFoundException;
import org.tandem.mentoring.store.SessionStore;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

/**
 * The pair's sessions: either member creates a session page (a child of the pairing page, restricted to the pair),
 * writes their confidential notes, adds action items and ticks them. Only members reach any of it; everyone else
 * gets a 404. Notes are returned to members only and never leave this class in any other form.
 */
@Named
public class SessionService {

    static final String INVALID = "tandem.session.error.invalid";
    static final String CONFLICT = "tandem.session.error.conflict";
    static final String FIELD = "tandem.session.field.";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SessionGate gate;
    private final SessionStore sessions;
    private final PairingPages pairingPages;
    private final HostPages pages;
    private final HostUsers users;
    private final LearningThemeRepository themes;
    private final I18nResolver i18n;
    private final ViewerLanguage language;
    private final Clock clock;

    @Inject
    public SessionService(SessionGate gate, SessionStore sessions, PairingPages pairingPages, HostPages pages,
            HostUsers users, LearningThemeRepository themes, I18nResolver i18n, ViewerLanguage language,
            HostClock hostClock) {
        this(gate, sessions, pairingPages, pages, users, themes, i18n, language, hostClock.clock());
    }

    SessionService(SessionGate gate, SessionStore sessions, PairingPages pairingPages, HostPages pages,
            HostUsers users, LearningThemeRepository themes, I18nResolver i18n, ViewerLanguage language,
            Clock clock) {
        this.gate = gate;
        this.sessions = sessions;
        this.pairingPages = pairingPages;
        this.pages = pages;
        this.users = users;
        this.themes = themes;
        this.i18n = i18n;
        this.language = language;
        this.clock = clock;
    }

    /**
     * A member creates a session and its page under the pairing page. {@code themeIds} must be themes of the
     * programme. 404 for anyone else.
     */
    public SessionFacts create(int pairingId, LocalDateTime start, String zone, Integer minutes,
            SessionFormat format, List<Integer> themeIds) {
        return create(pairingId, start, zone, minutes, format, themeIds, false);
    }

    /**
     * The same; {@code closing} makes it the pair's closing session, whose page asks what was learnt in each of the
     * pairing's themes and what comes next.
     */
    public SessionFacts create(int pairingId, LocalDateTime start, String zone, Integer minutes,
            SessionFormat format, List<Integer> themeIds, boolean closing) {
        String viewer = gate.viewer();
        Pairing pairing = gate.memberPairing(pairingId, viewer);
        ZoneId zoneId = zone(zone);
        if (start == null || minutes == null || format == null) {
            throw Refusal.Invalid.of(INVALID, start == null ? "start" : minutes == null ? "minutes" : "format",
                    FieldError.of(FIELD + "required"));
        }
        Map<Integer, String> offered = themeNames(pairing);
        List<Integer> chosen = themeIds == null ? List.of() : themeIds;
        for (Integer id : chosen) {
            if (!offered.containsKey(id)) {
                throw Refusal.Invalid.of(INVALID, "themes", FieldError.of(FIELD + "themes.unknown"));
            }
        }
        long homePage = pairingPages.ensurePage(pairing);
        Instant now = clock.instant();
        Session planned = Session.planned(pairingId, start.atZone(zoneId).toInstant(), zoneId, minutes, format,
                chosen, viewer, now);
        Session stored = translate(() -> sessions.createSession(planned));
        try {
            String title = i18n.getText(closing ? "tandem.closing.page.title" : "tandem.session.page.session.title",
                    LOCAL.format(stored.localStart()), pages.page(homePage).map(HostPages.PageFacts::title).orElse(""));
            String when = language.dateTime(stored.localStart().toLocalDateTime());
            String body = closing ? PageBodies.closing(i18n, stored, when, formatName(format), workedOn(pairingId, offered))
                    : PageBodies.session(i18n, stored, when, formatName(format), chosen.stream().map(offered::get).toList());
            long pageId = pages.create(homePage, title, body, viewer, SessionGate.members(pairing));
            return facts(sessions.bindSessionPage(stored.id(), pageId), offered);
        } catch (RuntimeException e) {
            sessions.deleteSession(stored.id());
            throw e;
        }
    }

    /** The session page for a member; empty for everyone else, and for a page that is no session's (a copy). */
    public Optional<SessionPage> pageOf(long pageId) {
        String viewer = gate.viewer();
        Optional<Session> session = PageLookups.sessionOfPage(sessions, pageId);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(page(gate.member(session.get(), viewer), viewer));
        } catch (Refusal.NotFound notMember) {
            return Optional.empty();
        }
    }

    /** Whether the page is a session page, for the macro's message to outsiders (never what it holds). */
    public boolean isSessionPage(long pageId) {
        return PageLookups.sessionOfPage(sessions, pageId).isPresent();
    }

    /** A session with its notes and action items, for a member. */
    public SessionPage get(int sessionId) {
        String viewer = gate.viewer();
        return page(gate.memberSession(sessionId, viewer), viewer);
    }

    private SessionPage page(SessionGate.Found found, String viewer) {
        int sessionId = found.session().id();
        Pairing pairing = found.pairing();
        List<NoteView> notes = new ArrayList<>();
        int mine = 0;
        for (SessionNote note : sessions.readNotes(sessionId)) {
            boolean own = note.authorKey().equals(viewer);
            if (own) {
                mine = note.version();
            }
            notes.add(new NoteView(users.displayName(note.authorKey()), note.text(), own, note.version()));
        }
        List<ActionItemView> items = sessions.findActionItems(sessionId).stream().map(this::item).toList();
        String pairingTitle = sessions.findHome(pairing.id()).map(PairingHome::pageId).flatMap(pages::page)
                .map(HostPages.PageFacts::title).orElse("");
        return new SessionPage(facts(found.session(), themeNames(pairing)), items, notes, members(pairing), mine,
                pairingTitle);
    }

    /** The viewer writes their own notes on a session: 0 as {@code version} for the first write. */
    public NoteView writeNote(int sessionId, String text, int version) {
        String viewer = gate.viewer();
        gate.memberSession(sessionId, viewer);
        String checked = text == null ? "" : text;
        if (checked.length() > SessionNote.MAX_LENGTH) {
            throw Refusal.Invalid.of(INVALID, "text", FieldError.of(FIELD + "note.too-long",
                    SessionNote.MAX_LENGTH));
        }
        SessionNote note = translate(() -> sessions.writeNote(sessionId, viewer, checked, clock.instant(),
                version));
        return new NoteView(users.displayName(viewer), note.text(), true, note.version());
    }

    /** A member adds an action item owned by either member. */
    public ActionItemView addActionItem(int sessionId, String text, String ownerKey, LocalDate due) {
        String viewer = gate.viewer();
        SessionGate.Found found = gate.memberSession(sessionId, viewer);
        String what = text == null ? "" : text.strip();
        if (what.isEmpty() || what.length() > ActionItem.MAX_LENGTH) {
            throw Refusal.Invalid.of(INVALID, "text", FieldError.of(FIELD + "action.text", ActionItem.MAX_LENGTH));
        }
        String owner = ownerKey == null || ownerKey.isBlank() ? viewer : ownerKey;
        if (!SessionGate.members(found.pairing()).contains(owner)) {
            throw Refusal.Invalid.of(INVALID, "owner", FieldError.of(FIELD + "action.owner"));
        }
        return item(translate(() -> sessions.addActionItem(ActionItem.open(sessionId, found.pairing().id(), what,
                owner, due, viewer, clock.instant()))));
    }

    /** A member ticks an action item done, or open again. */
    public ActionItemView setDone(int actionItemId, boolean done, int version) {
        String viewer = gate.viewer();
        ActionItem item = sessions.findActionItem(actionItemId).orElseThrow(
                () -> new Refusal.NotFound(SessionGate.SESSION_NOT_FOUND, actionItemId));
        try {
            gate.memberSession(item.sessionId(), viewer);
        } catch (Refusal.NotFound e) {
            throw new Refusal.NotFound(SessionGate.SESSION_NOT_FOUND, actionItemId);
        }
        return item(translate(() -> sessions.setDone(actionItemId, done, version)));
    }

    /** A member sets the pair's cadence; null goes back to the programme's. */
    public PairingHome setCadence(int pairingId, Cadence cadence, int version) {
        gate.memberPairing(pairingId, gate.viewer());
        return translate(() -> sessions.setCadence(pairingId, cadence, version));
    }

    // ------------------------------------------------------------------ shared with the pairing home

    /** The names of the themes the pair's sessions took up, the closing one included, in the order first met. */
    private List<String> workedOn(int pairingId, Map<Integer, String> names) {
        return sessions.findSessions(pairingId).stream().flatMap(s -> s.themeIds().stream()).distinct()
                .filter(names::containsKey).map(names::get).toList();
    }

    Map<Integer, String> themeNames(Pairing pairing) {
        return PageLookups.themesOf(themes, pairing.programmeId()).stream()
                .collect(Collectors.toMap(LearningTheme::id, theme -> ThemeNames.of(i18n, theme), (a, b) -> a));
    }

    SessionFacts facts(Session s, Map<Integer, String> names) {
        return new SessionFacts(s.id(), s.pairingId(), s.pageId(), language.dateTime(s.localStart().toLocalDateTime()),
                s.zone().getId(), s.minutes(), formatName(s.format()),
                s.themeIds().stream().map(id -> names.getOrDefault(id, "?")).toList(), s.version());
    }

    /** A calendar day as the viewer's language writes it. */
    String day(LocalDate date) {
        return language.date(date);
    }

    ActionItemView item(ActionItem i) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("UTC"));
        return new ActionItemView(i.id(), i.sessionId(), i.text(), users.displayName(i.ownerKey()), i.ownerKey(),
                i.due() == null ? "" : language.date(i.due()), i.done(),
                !i.done() && i.due() != null && i.due().isBefore(today), i.version());
    }

    List<Member> members(Pairing pairing) {
        return SessionGate.members(pairing).stream().map(k -> new Member(k, users.displayName(k))).toList();
    }

    String formatName(SessionFormat format) {
        return i18n.getText("tandem.session.format." + format.name());
    }

    private static ZoneId zone(String zone) {
        try {
            return zone == null || zone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw Refusal.Invalid.of(INVALID, "zone", FieldError.of(FIELD + "zone"));
        }
    }

    private <T> T translate(Supplier<T> work) {
        try {
            return work.get();
        } catch (StaleVersionException e) {
            throw new Refusal.Conflict(CONFLICT);
        } catch (StoreValidationException e) {
            throw Refusal.Invalid.of(INVALID, e.field(), FieldError.of(FIELD + "invalid"));
        } catch (RecordNotFoundException e) {
            throw new Refusal.NotFound(SessionGate.SESSION_NOT_FOUND, e.id());
        }
    }
}
