package org.tandem.mentoring.web.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.tandem.mentoring.web.rest.RestPipeline.json;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.CharterForm;
import org.tandem.mentoring.service.programme.ProgrammeAdministration;
import org.tandem.mentoring.service.programme.ProgrammeRerun;
import org.tandem.mentoring.service.programme.ProgrammeOverview;
import org.tandem.mentoring.service.programme.ProgrammeOverviewService;
import org.tandem.mentoring.service.programme.ProgrammeRefusals;
import org.tandem.mentoring.service.programme.ThemeOffer;
import org.tandem.mentoring.web.PropertiesI18n;

/** The programme resource called directly: status codes and bodies for each outcome of the service. */
public class ProgrammeResourceTest {

    private final ProgrammeOverviewService overviews = mock(ProgrammeOverviewService.class);
    private final ProgrammeAdministration administration = mock(ProgrammeAdministration.class);
    private final ProgrammeRerun rerun = mock(ProgrammeRerun.class);
    private final PropertiesI18n i18n = new PropertiesI18n("/i18n/tandem.properties");
    private final ProgrammeResource resource = new ProgrammeResource(overviews, administration, rerun);
    private final Programme programme = new Programme(7, 4, "Leaders", "MENTOR", ProgrammeType.ONE_TO_ONE,
            "Grow leaders", "Goals", LocalDate.of(2027, 1, 4), 12, Cadence.MONTHLY, null, true, false,
            ProgrammePhase.MATCHING);

    @Before
    public void setUp() {
        when(overviews.forProgramme(7)).thenReturn(Optional.of(
                new ProgrammeOverview(programme, true, Map.of(), List.of(), Map.of())));
    }

    @Test
    public void changePhase_shouldAnswer200WithTheProgrammeAsNowSeen() {
        when(administration.changePhase(7, 3, ProgrammePhase.MATCHING)).thenReturn(programme);

        Response response = call(() -> resource.changePhase(7, json(Map.of("version", 3, "phase", "matching"))));

        assertEquals(200, response.getStatus());
        ProgrammeJson json = (ProgrammeJson) response.getEntity();
        assertEquals("MATCHING", json.phase());
        assertEquals(4, json.version());
    }

    @Test
    public void relaxLineOfAuthority_shouldPassTheFlagAndTheReasonOn() {
        when(administration.relaxLineOfAuthority(7, 3, true, "Reverse mentoring")).thenReturn(programme);

        Response response = call(() -> resource.relaxLineOfAuthority(7,
                json(Map.of("version", 3, "relaxDown", true, "reason", "Reverse mentoring"))));

        assertEquals(200, response.getStatus());
    }

    @Test
    public void charter_shouldAnswer400ForAStartDateBeyondFourDigitYears() {
        Response response = call(() -> resource.editCharter(7, json(Map.of("version", 3, "startDate", "+10000-01-01",
                "durationMonths", 12, "cadence", "MONTHLY"))));

        assertEquals(400, response.getStatus());
        assertEquals("tandem.programme.admin.error.type.date", fieldErrors(body(response)).get("startDate").get("key"));
        verifyNoInteractions(administration);
    }

    @Test
    public void changePhase_shouldAnswer400WithFieldErrorsForABadBodyWithoutCallingTheService() {
        Response response = call(() -> resource.changePhase(7, json(Map.of("version", "three", "phase", "SOMEWHERE"))));

        assertEquals(400, response.getStatus());
        Map<String, Object> body = body(response);
        Map<String, Map<String, String>> fields = fieldErrors(body);
        assertEquals("Give a whole number here.", fields.get("version").get("message"));
        assertEquals("tandem.programme.admin.error.phase.invalid", fields.get("phase").get("key"));
        verifyNoInteractions(administration);
    }

    @Test
    public void changePhase_shouldPutBothPhasesInWordsForAnIllegalMove() {
        when(administration.changePhase(7, 3, ProgrammePhase.ARCHIVED)).thenThrow(
                new Refusal.Invalid("tandem.programme.admin.error.phase.illegal",
                        List.of("tandem.programme.phase.matching", "tandem.programme.phase.archived"), Map.of()));

        Response response = call(() -> resource.changePhase(7, json(Map.of("version", 3, "phase", "ARCHIVED"))));

        assertEquals(400, response.getStatus());
        assertEquals("A programme cannot move from Matching to Archived.", body(response).get("message"));
    }

    @Test
    public void changePhase_shouldNameTheMissingCharterFields() {
        when(administration.changePhase(7, 3, ProgrammePhase.ENROLMENT_OPEN)).thenThrow(
                new Refusal.Invalid("tandem.programme.admin.error.phase.charter-incomplete", List.of(),
                        Map.of("goals", FieldError.of("tandem.programme.admin.error.charter.required"))));

        Response response = call(() -> resource.changePhase(7, json(Map.of("version", 3, "phase", "ENROLMENT_OPEN"))));

        assertEquals(400, response.getStatus());
        assertTrue(body(response).get("message").toString().contains("start date, a purpose and goals"));
        assertEquals("Fill this in.", fieldErrors(body(response)).get("goals").get("message"));
    }

    @Test
    public void get_shouldAnswer404InTheSameShapeAndWordsAsTheOtherEndpoints() {
        Response missing = call(() -> resource.get(8));

        assertEquals(404, missing.getStatus());
        assertEquals(404, body(missing).get("status"));
        assertEquals("No programme or theme 8 that you may see.", body(missing).get("message"));
    }

    @Test
    public void changePhase_shouldAnswer403404And409() {
        when(administration.changePhase(eq(7), anyInt(), any())).thenThrow(ProgrammeRefusals.forbidden());
        assertEquals(403, call(() -> resource.changePhase(7, json(Map.of("version", 3, "phase", "RUNNING")))).getStatus());

        when(administration.changePhase(eq(8), anyInt(), any())).thenThrow(ProgrammeRefusals.notFound(8));
        Response missing = call(() -> resource.changePhase(8, json(Map.of("version", 3, "phase", "RUNNING"))));
        assertEquals(404, missing.getStatus());
        assertEquals("No programme or theme 8 that you may see.", body(missing).get("message"));

        when(administration.changePhase(eq(9), anyInt(), any())).thenThrow(
                new Refusal.Conflict(ProgrammeRefusals.STALE));
        Response stale = call(() -> resource.changePhase(9, json(Map.of("version", 3, "phase", "RUNNING"))));
        assertEquals(409, stale.getStatus());
        assertEquals(409, body(stale).get("status"));
        assertFalse(body(stale).containsKey("fieldErrors"));
    }

    @Test
    public void changePhase_shouldAnswerAPlain500ForTheUnexpected() {
        when(administration.changePhase(anyInt(), anyInt(), any())).thenThrow(new IllegalStateException("boom"));

        Response response = call(() -> resource.changePhase(7, json(Map.of("version", 3, "phase", "RUNNING"))));

        assertEquals(500, response.getStatus());
        assertFalse(body(response).get("message").toString().contains("boom"));
    }

    @Test
    public void editCharter_shouldReadEveryFieldOfTheBody() {
        when(administration.editCharter(eq(7), any())).thenReturn(programme);
        Map<String, Object> body = new HashMap<>();
        body.put("version", 4);
        body.put("purpose", "Grow leaders");
        body.put("goals", "Goals");
        body.put("confidentialityRules", null);
        body.put("startDate", "2027-01-04");
        body.put("durationMonths", "9");
        body.put("cadence", "fortnightly");
        body.put("managerApprovalRequired", true);
        body.put("sponsorApprovalRequired", false);

        Response response = call(() -> resource.editCharter(7, json(body)));

        assertEquals(200, response.getStatus());
        ArgumentCaptor<CharterForm> form = ArgumentCaptor.forClass(CharterForm.class);
        verify(administration).editCharter(eq(7), form.capture());
        assertEquals(new CharterForm(4, "Grow leaders", "Goals", null, LocalDate.of(2027, 1, 4), 9,
                Cadence.FORTNIGHTLY, true, false), form.getValue());
    }

    @Test
    public void editCharter_shouldReportEveryMistypedFieldAtOnce() {
        Map<String, Object> body = new HashMap<>();
        body.put("purpose", 12);
        body.put("startDate", "next spring");
        body.put("cadence", "daily");
        body.put("managerApprovalRequired", "yes");

        Response response = call(() -> resource.editCharter(7, json(body)));

        assertEquals(400, response.getStatus());
        assertEquals(List.of("version", "purpose", "startDate", "cadence", "managerApprovalRequired"),
                List.copyOf(fieldErrors(body(response)).keySet()));
        verifyNoInteractions(administration);
    }

    @Test
    public void themes_shouldListThemesAndMarkTheProgrammesOwn() {
        when(administration.themes(7)).thenReturn(new ThemeOffer(7, true, List.of(
                new LearningTheme(1, 1, null, "struggling", "Delegating"),
                new LearningTheme(40, 2, 7, "sales", "Pitching"))));

        Response response = call(() -> resource.themes(7));

        assertEquals(200, response.getStatus());
        Map<String, Object> body = body(response);
        assertEquals(true, body.get("coordinator"));
        assertEquals(List.of(new ThemeJson(1, 1, "struggling", "Delegating", false),
                new ThemeJson(40, 2, "sales", "Pitching", true)), body.get("themes"));
    }

    @Test
    public void addTheme_shouldAnswer201WithTheTheme() {
        when(administration.addTheme(7, "sales", "Negotiating")).thenReturn(
                new LearningTheme(42, 1, 7, "sales", "Negotiating"));

        Response response = call(() -> resource.addTheme(7, json(Map.of("category", "sales", "name", "Negotiating"))));

        assertEquals(201, response.getStatus());
        assertEquals(new ThemeJson(42, 1, "sales", "Negotiating", true), response.getEntity());
    }

    @Test
    public void addTheme_shouldPutTheDuplicateMessageOnTheNameField() {
        when(administration.addTheme(7, "sales", "Pitching")).thenThrow(ProgrammeRefusals.invalid("name",
                FieldError.of("tandem.programme.admin.error.theme.duplicate", "Pitching")));

        Response response = call(() -> resource.addTheme(7, json(Map.of("category", "sales", "name", "Pitching"))));

        assertEquals(400, response.getStatus());
        assertEquals("The programme already offers \"Pitching\" in this category.",
                fieldErrors(body(response)).get("name").get("message"));
    }

    @Test
    public void renameTheme_shouldPassTheVersionAndAnswer200() {
        when(administration.renameTheme(7, 40, 2, "sales", "Pitching well")).thenReturn(
                new LearningTheme(40, 3, 7, "sales", "Pitching well"));

        Response response = call(() -> resource.renameTheme(7, 40, json(Map.of("version", 2, "category", "sales",
                "name", "Pitching well"))));

        assertEquals(200, response.getStatus());
        assertEquals(3, ((ThemeJson) response.getEntity()).version());
    }

    @Test
    public void removeTheme_shouldAnswer204() {
        Response response = call(() -> resource.removeTheme(7, 40));

        assertEquals(204, response.getStatus());
        assertNull(response.getEntity());
        verify(administration).removeTheme(7, 40);
    }

    @Test
    public void removeTheme_shouldAnswer409WithTheThemesNameWhenSomebodyChoseIt() {
        doThrow(new Refusal.Conflict(ProgrammeRefusals.THEME_IN_USE, "Pitching"))
                .when(administration).removeTheme(7, 40);

        Response response = call(() -> resource.removeTheme(7, 40));

        assertEquals(409, response.getStatus());
        assertEquals("The theme \"Pitching\" cannot be removed because participants chose it. Rename it instead.",
                body(response).get("message"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response response) {
        return (Map<String, Object>) response.getEntity();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> fieldErrors(Map<String, Object> body) {
        return (Map<String, Map<String, String>>) body.get("fieldErrors");
    }

    private Response call(Supplier<Response> endpoint) {
        return RestPipeline.call(i18n, endpoint);
    }
}
