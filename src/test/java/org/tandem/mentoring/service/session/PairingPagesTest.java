package org.tandem.mentoring.service.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.host.HostPages;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SessionStore;

/**
 * The pairing page goes under the programme space's Pairings page, which the space blueprint titled in the language
 * of the person who created the space: found whichever language the person activating the pairing reads.
 */
public class PairingPagesTest {

    private static final String KEY = "tandem.blueprint.page.pairings";

    private final SessionStore sessions = mock(SessionStore.class);
    private final ProgrammeRepository programmes = mock(ProgrammeRepository.class);
    private final HostPages pages = mock(HostPages.class);
    private final HostUsers users = mock(HostUsers.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final Pairing pairing = new Pairing(7, 1, 3, "mentee", "mentor", PairingState.ACTIVE, 0, null, null,
            null, null, null, Consent.GIVEN, Consent.GIVEN, Consent.GIVEN, null, null, "c", null, "c", null,
            null);

    @Before
    public void setUp() {
        when(sessions.findHome(7)).thenReturn(Optional.empty());
        when(programmes.findById(3)).thenReturn(Optional.of(Programme.draft("Pilot", "PILOT", ProgrammeType.PEER)));
        when(i18n.getText(anyString())).thenAnswer(a -> a.getArgument(0));
        when(i18n.getText(KEY)).thenReturn("Pairings");
        when(i18n.getText(Locale.ENGLISH, KEY)).thenReturn("Pairings");
        when(i18n.getText(Locale.forLanguageTag("da"), KEY)).thenReturn("Mentorpar");
        when(i18n.getText(Locale.forLanguageTag("nl"), KEY)).thenReturn("Koppels");
        when(i18n.getText(Locale.GERMAN, KEY)).thenReturn("Mentoring-Paare");
        when(i18n.getText(Locale.FRENCH, KEY)).thenReturn("Bin\u00f4mes");
        when(i18n.getText(anyString(), any(Serializable[].class))).thenReturn("Ada and Bo");
        when(users.displayName(anyString())).thenAnswer(a -> a.getArgument(0));
        when(pages.create(eq(41L), anyString(), any(), eq("mentor"), anyCollection())).thenReturn(99L);
    }

    @Test
    public void ensurePage_inASpaceCreatedInFrench_byAnEnglishReader_shouldGoUnderTheFrenchPairingsPage() {
        when(pages.pageByTitle("PILOT", "Bin\u00f4mes"))
                .thenReturn(Optional.of(new HostPages.PageFacts(41L, "PILOT", 1L, "Bin\u00f4mes")));
        assertEquals(99L, new PairingPages(sessions, programmes, pages, users, i18n).ensurePage(pairing));
    }

    @Test
    public void ensurePage_inASpaceWithoutAPairingsPageInAnyLanguage_shouldSaySo() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new PairingPages(sessions, programmes, pages, users, i18n).ensurePage(pairing));
        assertEquals("the space PILOT has no Pairings page", e.getMessage());
    }
}
