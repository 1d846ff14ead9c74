package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.host.HostUsers;

public class PairingViewsTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:15:30Z");

    private final HostUsers users = mock(HostUsers.class);
    private final PairingViews views = new PairingViews(users);

    @Test
    public void views_shouldAskForEachPersonsNameOnceAcrossTheList() {
        when(users.displayName("olga")).thenReturn("Olga Ek");
        List<PairingAccess> accesses = List.of(
                new PairingAccess(pairing("mia", "olga"), "carol", true),
                new PairingAccess(pairing("noah", "olga"), "carol", true),
                new PairingAccess(pairing("zoe", "olga"), "carol", true));

        List<PairingView> seen = views.views(accesses);

        assertEquals(3, seen.size());
        assertEquals(Map.of("mia", "mia", "olga", "Olga Ek", "boss", "boss", "carol", "carol"), seen.get(0).names());
        verify(users, times(1)).displayName("olga");
        verify(users, times(1)).displayName("carol");
        verify(users, times(1)).displayName("boss");
    }

    @Test
    public void view_shouldShowTheManagerOnlyTheReportAndTheAcknowledgement() {
        when(users.displayName("mia")).thenReturn("Mia Berg");

        PairingView seen = views.view(new PairingAccess(pairing("mia", "olga"), "boss", false));

        assertEquals(Audience.MANAGER, seen.audience());
        assertNull(seen.mentorKey());
        assertNull(seen.score());
        assertEquals(Map.of(Party.MANAGER, Consent.PENDING), seen.consents());
        assertEquals(Map.of("mia", "Mia Berg"), seen.names());
    }

    @Test
    public void view_shouldHideADepartureTextFromThePartner() {
        Pairing left = pairing("mia", "olga").withConsent(Party.MENTEE, Consent.GIVEN, null, null)
                .withConsent(Party.MENTOR, Consent.GIVEN, null, null)
                .withConsent(Party.MANAGER, Consent.GIVEN, null, null)
                .ended("the account was deactivated").decidedBy("olga", AT);

        PairingView partner = views.view(new PairingAccess(left, "mia", false));
        PairingView coordinator = views.view(new PairingAccess(left, "carol", true));

        assertNull(partner.endReason());
        assertNull(partner.decidedBy());
        assertEquals("the account was deactivated", coordinator.endReason());
    }

    @Test
    public void names_shouldFallBackToTheKey() {
        when(users.displayName("mia")).thenReturn("Mia Berg");

        assertEquals(Map.of("mia", "Mia Berg", "yan", "yan"), views.names(List.of("mia", "yan", "mia")));
        verify(users, times(1)).displayName("mia");
    }

    private static Pairing pairing(String mentee, String mentor) {
        return Pairing.staged(7, new Proposal(mentee, mentor, 20, new EnumMap<>(Criterion.class),
                new Explanation(List.of())), Set.of(), null, "carol", AT).proposed("boss", false);
    }
}
