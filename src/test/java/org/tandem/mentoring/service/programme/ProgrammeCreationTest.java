package org.tandem.mentoring.service.programme;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.ProgrammeRepository;

public class ProgrammeCreationTest {

    private final ProgrammeRepository programmes = mock(ProgrammeRepository.class);
    private final HostSpaces spaces = mock(HostSpaces.class);
    private final TransactionTemplate transactions = mock(TransactionTemplate.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final ProgrammeCreation creation = new ProgrammeCreation(programmes, spaces, transactions,
            clock);

    @Before
    public void host() {
        when(transactions.execute(any())).thenAnswer(i -> ((TransactionCallback<?>) i.getArgument(0))
                .doInTransaction());
        when(spaces.exists("PEER")).thenReturn(true);
        when(spaces.canAdminister("ada", "PEER")).thenReturn(true);
        when(spaces.canCreateSpaces("ada")).thenReturn(true);
        when(programmes.findBySpace("PEER", 0L)).thenReturn(Optional.empty());
        when(programmes.create(any())).thenAnswer(i -> i.getArgument(0));
    }

    private static Map<String, Object> context() {
        Map<String, Object> c = new HashMap<>();
        c.put("programmeType", "peer");
        c.put("startDate", "2027-01-11");
        c.put("durationMonths", "9");
        c.put("cadence", "FORTNIGHTLY");
        c.put("purpose", "Learn across teams.");
        c.put("goals", "Pairs meet twice a month.");
        c.put("openEnrolment", "true");
        return c;
    }

    private static ProgrammeWizardInput input(Map<String, Object> context) {
        return ProgrammeWizardInput.fromContext("Peer mentoring", "PEER", context);
    }

    @Test
    public void createForNewSpace_shouldStoreTheCharterFromTheWizardAndOpenEnrolment() {
        CreatedProgramme created = creation.createForNewSpace("ada", input(context()));

        assertTrue(created.complete());
        assertFalse(created.alreadyExisted());
        Programme p = created.programme();
        assertEquals("Peer mentoring", p.name());
        assertEquals("PEER", p.spaceKey());
        assertEquals(ProgrammeType.PEER, p.type());
        assertEquals(LocalDate.of(2027, 1, 11), p.startDate());
        assertEquals(9, p.durationMonths());
        assertEquals(Cadence.FORTNIGHTLY, p.cadence());
        assertEquals("Learn across teams.", p.purpose());
        assertEquals("Pairs meet twice a month.", p.goals());
        assertEquals(ProgrammePhase.ENROLMENT_OPEN, p.phase());
    }

    @Test
    public void createForNewSpace_withoutOpenEnrolment_shouldLeaveADraft() {
        Map<String, Object> c = context();
        c.remove("openEnrolment");

        assertEquals(ProgrammePhase.DRAFT, creation.createForNewSpace("ada", input(c)).programme().phase());
    }

    @Test
    public void validate_shouldNameEveryBadField() {
        Map<String, Object> c = new HashMap<>();
        c.put("programmeType", "SOLO");
        c.put("startDate", "2027-02-30");
        c.put("durationMonths", "37");
        c.put("cadence", "HOURLY");
        c.put("purpose", "   ");
        c.put("goals", "x".repeat(ProgrammeCreation.MAX_TEXT + 1));

        Map<String, String> problems = creation.validate(ProgrammeWizardInput.fromContext(" ", "PEER", c));

        assertEquals(List.of("name", "programmeType", "startDate", "durationMonths", "cadence", "purpose", "goals"),
                List.copyOf(problems.keySet()));
        assertEquals("tandem.blueprint.error.start.format", problems.get("startDate"));
        assertEquals("tandem.blueprint.error.purpose.required", problems.get("purpose"));
        assertEquals("tandem.blueprint.error.goals.long", problems.get("goals"));
    }

    @Test
    public void validate_shouldRefuseAStartMoreThanAYearBackAndAcceptOneInTheYear() {
        Map<String, Object> c = context();
        c.put("startDate", "2025-11-22");
        assertEquals("tandem.blueprint.error.start.past", creation.validate(input(c)).get("startDate"));
        c.put("startDate", "2025-11-23");
        assertTrue(creation.validate(input(c)).isEmpty());
    }

    @Test
    public void validate_shouldReadTheFirstOfSeveralValuesAndZeroOrMissingDurationsAsBad() {
        Map<String, Object> c = context();
        c.put("cadence", List.of("WEEKLY", "MONTHLY"));
        c.put("durationMonths", "0");
        Map<String, String> problems = creation.validate(input(c));
        assertEquals(List.of("durationMonths"), List.copyOf(problems.keySet()));
        c.remove("durationMonths");
        assertTrue(creation.validate(input(c)).containsKey("durationMonths"));
    }

    @Test
    public void createForNewSpace_withBadInput_shouldStillCreateADraftWithTheValidFieldsAndDefaults() {
        Map<String, Object> c = context();
        c.put("startDate", "soon");
        c.put("cadence", "HOURLY");
        c.remove("goals");

        CreatedProgramme created = creation.createForNewSpace("ada", input(c));

        assertFalse(created.complete());
        assertEquals(List.of("startDate", "cadence", "goals"), List.copyOf(created.problems().keySet()));
        Programme p = created.programme();
        assertEquals(ProgrammePhase.DRAFT, p.phase());
        assertNull(p.startDate());
        assertEquals(Cadence.MONTHLY, p.cadence());
        assertNull(p.goals());
        assertEquals("Learn across teams.", p.purpose());
        assertEquals(ProgrammeType.PEER, p.type());
        assertEquals(9, p.durationMonths());
    }

    @Test
    public void createForNewSpace_bySomeoneWhoMayNotCreateSpaces_shouldBeRefusedAndStoreNothing() {
        when(spaces.canCreateSpaces("ada")).thenReturn(false);
        try {
            creation.createForNewSpace("ada", input(context()));
            fail("expected a refusal");
        } catch (Refusal.Forbidden expected) {
            verify(programmes, never()).create(any());
        }
    }

    @Test
    public void createForNewSpace_bySomeoneWhoDoesNotAdministerTheSpace_shouldBeRefused() {
        when(spaces.canAdminister("ada", "PEER")).thenReturn(false);
        try {
            creation.createForNewSpace("ada", input(context()));
            fail("expected a refusal");
        } catch (Refusal.Forbidden expected) {
            verify(programmes, never()).create(any());
        }
    }

    @Test
    public void createForNewSpace_forAnUnknownOrAnonymousPerson_shouldBeRefused() {
        try {
            creation.createForNewSpace(null, input(context()));
            fail("expected a refusal");
        } catch (Refusal.Forbidden expected) {
            // anonymous
        }
        try {
            creation.createForNewSpace("ghost", input(context()));
            fail("expected a refusal");
        } catch (Refusal.Forbidden expected) {
            verify(programmes, never()).create(any());
        }
    }

    @Test
    public void createForNewSpace_forASpaceThatAlreadyHasAProgramme_shouldHandItBack() {
        Programme existing = Programme.draft("Earlier", "PEER", ProgrammeType.GROUP);
        when(programmes.findBySpace("PEER", 0L)).thenReturn(Optional.of(existing));

        CreatedProgramme created = creation.createForNewSpace("ada", input(context()));

        assertTrue(created.alreadyExisted());
        assertSame(existing, created.programme());
        verify(programmes, never()).create(any());
    }

    @Test(expected = IllegalArgumentException.class)
    public void createForNewSpace_forASpaceThatDoesNotExist_shouldFail() {
        creation.createForNewSpace("ada", ProgrammeWizardInput.fromContext("X", "NOPE", context()));
    }

    @Test
    public void createForNewSpace_shouldStoreOnceInsideATransaction() {
        creation.createForNewSpace("ada", input(context()));

        ArgumentCaptor<Programme> stored = ArgumentCaptor.forClass(Programme.class);
        verify(programmes).create(stored.capture());
        verify(transactions).execute(any());
        assertEquals("PEER", stored.getValue().spaceKey());
    }
}
