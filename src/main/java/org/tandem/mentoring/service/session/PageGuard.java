package org.tandem.mentoring.service.session;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.session.PageChange;
import org.tandem.mentoring.domain.session.PairingHome;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostMail;
import org.tandem.mentoring.host.HostPages;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.SessionStore;

/**
 * The second wall around the pair's pages. When anyone changes or removes the restrictions of a pairing or session
 * page, moves it or copies it, Tandem puts the pair's restrictions back (view and edit, the pair only), moves the
 * page back under its parent, restricts a copy to the pair, records who did what, and mails both members. The notes
 * are never on the page, so nothing confidential leaves with the change; the wall keeps the agenda and the action
 * items' page private too. A copy is restricted rather than trashed: its body is the pair's own agenda, which a
 * member may have copied on purpose, and the copy's macro shows no notes since the copy is no session's page.
 */
@Named
public class PageGuard {

    private final SessionStore sessions;
    private final PairingStore pairings;
    private final HostPages pages;
    private final HostMail mail;
    private final HostUsers users;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public PageGuard(SessionStore sessions, PairingStore pairings, HostPages pages, HostMail mail, HostUsers users,
            I18nResolver i18n, HostClock hostClock) {
        this(sessions, pairings, pages, mail, users, i18n, hostClock.clock());
    }

    PageGuard(SessionStore sessions, PairingStore pairings, HostPages pages, HostMail mail, HostUsers users,
            I18nResolver i18n, Clock clock) {
        this.sessions = sessions;
        this.pairings = pairings;
        this.pages = pages;
        this.mail = mail;
        this.users = users;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The restrictions of a page changed; when it is a pair's page and they are not the pair's, put them back. */
    public void restrictionsChanged(long pageId, String actorKey) {
        Optional<Pairing> pairing = pairingOf(pageId);
        if (pairing.isEmpty()) {
            return;
        }
        List<String> members = SessionGate.members(pairing.get());
        if (pages.viewRestrictions(pageId).exactly(members) && pages.editRestrictions(pageId).exactly(members)) {
            return;
        }
        pages.restrictTo(pageId, members);
        record(pairing.get(), pageId, actorKey, PageChange.RESTRICTIONS_CHANGED);
    }

    /** A page moved from under {@code oldParentId}; a pair's page goes back where it belongs. */
    public void moved(long pageId, Long oldParentId, String actorKey) {
        Optional<Pairing> pairing = pairingOf(pageId);
        if (pairing.isEmpty()) {
            return;
        }
        Long home = sessions.findSessionByPage(pageId).isPresent()
                ? sessions.findHome(pairing.get().id()).map(PairingHome::pageId).orElse(oldParentId)
                : oldParentId;
        Long now = pages.page(pageId).map(HostPages.PageFacts::parentId).orElse(null);
        if (home == null || home.equals(now)) {
            return;
        }
        pages.moveUnder(pageId, home);
        pages.restrictTo(pageId, SessionGate.members(pairing.get()));
        record(pairing.get(), pageId, actorKey, PageChange.MOVED);
    }

    /** A page was copied; a copy of a pair's page is restricted to the pair. */
    public void copied(long originId, long copyId, String actorKey) {
        Optional<Pairing> pairing = pairingOf(originId);
        if (pairing.isEmpty()) {
            return;
        }
        pages.restrictTo(copyId, SessionGate.members(pairing.get()));
        record(pairing.get(), copyId, actorKey, PageChange.COPIED);
    }

    private Optional<Pairing> pairingOf(long pageId) {
        Optional<Integer> id = sessions.findHomeByPage(pageId).map(PairingHome::pairingId)
                .or(() -> sessions.findSessionByPage(pageId).map(Session::pairingId));
        return id.flatMap(pairings::findById);
    }

    private void record(Pairing pairing, long pageId, String actorKey, PageChange change) {
        String actor = actorKey == null ? "anonymous" : actorKey;
        String title = pages.page(pageId).map(HostPages.PageFacts::title).orElse(String.valueOf(pageId));
        sessions.recordPageChange(pairing.id(), pageId, actor, change, clock.instant(), title);
        String who = actorKey == null ? i18n.getText("tandem.session.guard.someone") : users.displayName(actorKey);
        String what = i18n.getText("tandem.session.guard.change." + change.name());
        for (String member : SessionGate.members(pairing)) {
            mail.send(member, i18n.getText("tandem.session.guard.mail.subject", title),
                    i18n.getText("tandem.session.guard.mail.body", who, what, title));
        }
    }
}
