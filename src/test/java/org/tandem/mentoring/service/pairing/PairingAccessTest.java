package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.service.Refusal;

/**
 * Who may see and do what with a pairing, one row per viewer and pairing: whether they see it and as which
 * audience, the actions offered, the party each answer would be given for ({@code !why} for the refusal
 * {@code tandem.pairing.error.forbidden.why}), and what waits for them. Mia is the mentee, Olga the mentor, Boss
 * the mentee's manager, Carol a coordinator, Eve nobody; a {@code *} marks a viewer who coordinates the programme.
 */
@RunWith(Parameterized.class)
public class PairingAccessTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:15:30Z");
    private static final Pairing STAGED = Pairing.staged(7, new Proposal("mia", "olga", 20,
            new EnumMap<>(Criterion.class), new Explanation(List.of())), Set.of(), null, "carol", AT);
    private static final Pairing PROPOSED = STAGED.proposed("boss", false);
    private static final Pairing PROPOSED_NO_MANAGER = STAGED.proposed(null, false);
    private static final Pairing PAIR_ANSWERED = given(PROPOSED, Party.MENTEE, Party.MENTOR);
    private static final Pairing ACTIVE = given(PROPOSED, Party.MENTEE, Party.MENTOR, Party.MANAGER);
    private static final Pairing DECLINED = PROPOSED.withConsent(Party.MENTOR, Consent.DECLINED, null, "No time")
            .decidedBy("olga", AT);
    private static final Pairing ENDED = ACTIVE.ended("Done").decidedBy("mia", AT);
    private static final Pairing SPONSORED = STAGED.proposed("boss", true);
    private static final Pairing SPONSOR_LAST = given(SPONSORED, Party.MENTEE, Party.MENTOR, Party.MANAGER);
    private static final Pairing SPONSOR_APPROVED = given(SPONSOR_LAST, Party.SPONSOR);

    @Parameters(name = "{0} on {1}")
    public static List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        // viewer, pairing, sees as, actions, ACCEPT DECLINE ACKNOWLEDGE APPROVE, awaiting, reads the reason
        row(rows, "carol*", "STAGED", STAGED, "COORDINATOR", "REMOVE SWAP",
                "!not-pair !not-pair !not-manager !not-sponsor", "-", "reason");
        row(rows, "mia", "STAGED", STAGED, "-", "", "!not-pair !not-pair !not-manager !not-sponsor", "-", "-");
        row(rows, "olga", "STAGED", STAGED, "-", "", "!not-pair !not-pair !not-manager !not-sponsor", "-", "-");
        row(rows, "boss", "STAGED", STAGED, "-", "", "!not-pair !not-pair !not-manager !not-sponsor", "-", "-");
        row(rows, "mia", "PROPOSED", PROPOSED, "PARTICIPANT", "ACCEPT DECLINE",
                "MENTEE MENTEE !not-manager !not-sponsor", "MENTEE", "-");
        row(rows, "olga", "PROPOSED", PROPOSED, "PARTICIPANT", "ACCEPT DECLINE",
                "MENTOR MENTOR !not-manager !not-sponsor", "MENTOR", "-");
        row(rows, "boss", "PROPOSED", PROPOSED, "MANAGER", "ACKNOWLEDGE",
                "!not-pair !not-pair MANAGER !not-sponsor", "MANAGER", "-");
        row(rows, "carol*", "PROPOSED", PROPOSED, "COORDINATOR", "",
                "!not-pair !not-pair !not-manager !not-sponsor", "-", "reason");
        row(rows, "eve", "PROPOSED", PROPOSED, "-", "", "!not-pair !not-pair !not-manager !not-sponsor", "-", "-");
        row(rows, "boss", "PROPOSED_NO_MANAGER", PROPOSED_NO_MANAGER, "-", "",
                "!not-pair !not-pair !not-manager !not-sponsor", "-", "-");
        row(rows, "mia", "PAIR_ANSWERED", PAIR_ANSWERED, "PARTICIPANT", "",
                "MENTEE MENTEE !not-manager !not-sponsor", "-", "-");
        row(rows, "boss", "PAIR_ANSWERED", PAIR_ANSWERED, "MANAGER", "ACKNOWLEDGE",
                "!not-pair !not-pair MANAGER !not-sponsor", "MANAGER", "-");
        row(rows, "carol*", "SPONSORED", SPONSORED, "COORDINATOR", "APPROVE DECLINE",
                "!not-pair SPONSOR !not-manager SPONSOR", "SPONSOR", "reason");
        row(rows, "olga*", "SPONSORED", SPONSORED, "COORDINATOR", "ACCEPT DECLINE",
                "MENTOR MENTOR !not-manager !not-sponsor", "MENTOR", "reason");
        row(rows, "boss*", "SPONSORED", SPONSORED, "COORDINATOR", "ACKNOWLEDGE APPROVE DECLINE",
                "!not-pair SPONSOR MANAGER SPONSOR", "MANAGER", "reason");
        row(rows, "boss*", "SPONSOR_LAST", SPONSOR_LAST, "COORDINATOR", "APPROVE DECLINE",
                "!not-pair SPONSOR MANAGER SPONSOR", "SPONSOR", "reason");
        row(rows, "mia", "SPONSOR_LAST", SPONSOR_LAST, "PARTICIPANT", "",
                "MENTEE MENTEE !not-manager !not-sponsor", "-", "-");
        row(rows, "carol*", "SPONSOR_APPROVED", SPONSOR_APPROVED, "COORDINATOR", "",
                "!not-pair SPONSOR !not-manager SPONSOR", "-", "reason");
        row(rows, "mia", "ACTIVE", ACTIVE, "PARTICIPANT", "END", "MENTEE MENTEE !not-manager !not-sponsor", "-", "-");
        row(rows, "olga", "ACTIVE", ACTIVE, "PARTICIPANT", "END", "MENTOR MENTOR !not-manager !not-sponsor", "-", "-");
        row(rows, "boss", "ACTIVE", ACTIVE, "MANAGER", "", "!not-pair !not-pair MANAGER !not-sponsor", "-", "-");
        row(rows, "carol*", "ACTIVE", ACTIVE, "COORDINATOR", "", "!not-pair !not-pair !not-manager !not-sponsor",
                "-", "reason");
        row(rows, "olga", "DECLINED", DECLINED, "PARTICIPANT", "", "MENTOR MENTOR !not-manager !not-sponsor", "-", "reason");
        row(rows, "mia", "DECLINED", DECLINED, "PARTICIPANT", "", "MENTEE MENTEE !not-manager !not-sponsor", "-",
                "-");
        row(rows, "carol*", "DECLINED", DECLINED, "COORDINATOR", "", "!not-pair !not-pair !not-manager !not-sponsor",
                "-", "reason");
        row(rows, "boss", "DECLINED", DECLINED, "-", "", "!not-pair !not-pair !not-manager !not-sponsor", "-", "-");
        row(rows, "boss", "ENDED", ENDED, "-", "", "!not-pair !not-pair !not-manager !not-sponsor", "-", "-");
        row(rows, "olga", "ENDED", ENDED, "PARTICIPANT", "", "MENTOR MENTOR !not-manager !not-sponsor", "-", "-");
        row(rows, "mia", "ENDED", ENDED, "PARTICIPANT", "", "MENTEE MENTEE !not-manager !not-sponsor", "-", "reason");
        row(rows, "eve", "ENDED", ENDED, "-", "", "!not-pair !not-pair !not-manager !not-sponsor", "-", "-");
        return rows;
    }

    @Parameter(0)
    public String viewer;
    @Parameter(1)
    public String pairingName;
    @Parameter(2)
    public Pairing pairing;
    @Parameter(3)
    public String seesAs;
    @Parameter(4)
    public String actions;
    @Parameter(5)
    public String parties;
    @Parameter(6)
    public String awaiting;
    @Parameter(7)
    public String reads;

    @Test
    public void mayViewAndAudience_shouldFollowTheRow() {
        PairingAccess access = access();

        assertEquals(!seesAs.equals("-"), access.mayView());
        if (access.mayView()) {
            assertEquals(Audience.valueOf(seesAs), access.audience());
        }
    }

    @Test
    public void actions_shouldFollowTheRow() {
        Set<PairingAction> expected = EnumSet.noneOf(PairingAction.class);
        Arrays.stream(actions.split(" ")).filter(a -> !a.isEmpty()).map(PairingAction::valueOf)
                .forEach(expected::add);

        assertEquals(expected, access().actions());
    }

    @Test
    public void partyFor_shouldFollowTheRow() {
        String[] expected = parties.split(" ");
        ConsentAnswer[] answers = {ConsentAnswer.ACCEPT, ConsentAnswer.DECLINE, ConsentAnswer.ACKNOWLEDGE,
            ConsentAnswer.APPROVE};
        for (int i = 0; i < answers.length; i++) {
            ConsentAnswer answer = answers[i];
            if (expected[i].startsWith("!")) {
                Refusal.Forbidden e = assertThrows(answer.name(), Refusal.Forbidden.class,
                        () -> access().partyFor(answer));
                assertEquals(answer.name(), "tandem.pairing.error.forbidden." + expected[i].substring(1),
                        e.messageKey());
            } else {
                assertEquals(answer.name(), Party.valueOf(expected[i]), access().partyFor(answer));
            }
        }
    }

    @Test
    public void awaiting_shouldFollowTheRow() {
        assertEquals(awaiting.equals("-") ? Optional.empty() : Optional.of(Party.valueOf(awaiting)),
                access().awaiting());
    }

    @Test
    public void mayReadReason_shouldBeForCoordinatorsAndTheAuthorOnly() {
        assertEquals(reads.equals("reason"), access().mayReadReason());
    }

    @Test
    public void requireCoordinator_shouldRefuseEverybodyButCoordinators() {
        if (viewer.endsWith("*")) {
            access().requireCoordinator();
            assertTrue(access().isCoordinator());
        } else {
            Refusal.Forbidden e = assertThrows(Refusal.Forbidden.class, () -> access().requireCoordinator());
            assertEquals("tandem.pairing.error.forbidden.not-coordinator", e.messageKey());
            assertFalse(access().isCoordinator());
        }
    }

    @Test
    public void with_shouldKeepTheViewerForTheChangedPairing() {
        PairingAccess changed = new PairingAccess(STAGED, viewer.replace("*", ""), viewer.endsWith("*"))
                .with(pairing);

        assertEquals(pairing, changed.pairing());
        assertEquals(access().mayView(), changed.mayView());
        assertEquals(access().actions(), changed.actions());
    }

    private PairingAccess access() {
        return new PairingAccess(pairing, viewer.replace("*", ""), viewer.endsWith("*"));
    }

    private static void row(List<Object[]> rows, String viewer, String name, Pairing pairing, String seesAs,
            String actions, String parties, String awaiting, String reads) {
        rows.add(new Object[] {viewer, name, pairing, seesAs, actions, parties, awaiting, reads});
    }

    private static Pairing given(Pairing pairing, Party... parties) {
        Pairing answered = pairing;
        for (Party party : parties) {
            answered = answered.withConsent(party, Consent.GIVEN, party == Party.SPONSOR ? "carol" : null, null);
        }
        return answered;
    }
}
