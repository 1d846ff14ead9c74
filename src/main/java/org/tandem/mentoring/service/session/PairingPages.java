package org.tandem.mentoring.service.session;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Named;
import java.util.Optional;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.session.PairingHome;
import org.tandem.mentoring.host.HostPages;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.SpacePageTitles;
import org.tandem.mentoring.service.pairing.ActivePairingListener;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SessionStore;

/**
 * The pairing page: when a pairing becomes active Tandem makes a page for it under the programme space's Pairings
 * page, titled with the pair's names, holding the {@code tandem-pairing-home} macro and who can read what, and
 * restricted (view and edit) to the pair from its first moment. Made once; asked again, the existing page is kept.
 */
@Named
public class PairingPages implements ActivePairingListener {

    private static final String PAIRINGS_TITLE = "tandem.blueprint.page.pairings";

    private final SessionStore sessions;
    private final ProgrammeRepository programmes;
    private final HostPages pages;
    private final HostUsers users;
    private final I18nResolver i18n;

    public PairingPages(SessionStore sessions, ProgrammeRepository programmes, HostPages pages, HostUsers users,
            I18nResolver i18n) {
        this.sessions = sessions;
        this.programmes = programmes;
        this.pages = pages;
        this.users = users;
        this.i18n = i18n;
    }

    @Override
    public void activated(Pairing pairing) {
        try {
            ensurePage(pairing);
        } catch (RuntimeException e) {
            // the consent stands; the page is made when a member first creates a session
        }
    }

    /** The pairing page's id, made now when there is none (or it was removed). */
    public long ensurePage(Pairing pairing) {
        Long existing = sessions.findHome(pairing.id()).map(PairingHome::pageId).orElse(null);
        if (existing != null && pages.page(existing).isPresent()) {
            return existing;
        }
        Programme programme = programmes.findById(pairing.programmeId()).orElseThrow(
                () -> new IllegalStateException("pairing " + pairing.id() + " has no programme"));
        HostPages.PageFacts parent = pairingsPage(programme.spaceKey()).orElseThrow(() -> new IllegalStateException(
                "the space " + programme.spaceKey() + " has no Pairings page"));
        String title = i18n.getText("tandem.session.page.pairing.title", users.displayName(pairing.menteeKey()),
                users.displayName(pairing.mentorKey()));
        if (pages.pageByTitle(programme.spaceKey(), title).isPresent()) {
            title = title + " (" + pairing.id() + ")";
        }
        long pageId = pages.create(parent.id(), title, PageBodies.pairingHome(i18n), pairing.mentorKey(),
                SessionGate.members(pairing));
        sessions.bindHomePage(pairing.id(), pageId);
        return pageId;
    }

    /** The programme space's Pairings page, titled in whichever language the space was created. */
    private Optional<HostPages.PageFacts> pairingsPage(String spaceKey) {
        return new SpacePageTitles(pages, i18n).find(spaceKey, PAIRINGS_TITLE);
    }
}
