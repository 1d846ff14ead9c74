package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * Over HTTP against the real plugin: someone who is neither a coordinator nor the applicant's manager gets 403 or
 * 404 on every application endpoint, for every application but their own.
 */
public class ApplicationAccessSandboxTest {

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("access");

    @Test
    public void stranger_shouldGet403Or404OnEveryApplicationEndpoint() throws Exception {
        int programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoData.SPACE)
                .orElseThrow().id();
        List<Participant> applications = new ParticipantRepository(sandbox.get().activeObjects())
                .findByProgramme(programmeId);
        assertFalse("the demo data holds applications to try", applications.isEmpty());
        OrgChartRepository orgChart = new OrgChartRepository(sandbox.get().activeObjects());
        SandboxUsers.Person stranger = stranger(applications, orgChart);
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(stranger.username());

        List<String> leaks = new ArrayList<>();
        for (Participant a : applications) {
            String one = "/rest/tandem/1.0/applications/" + a.id();
            String version = "{\"version\":" + a.version() + "}";
            String decision = "{\"version\":" + a.version() + ",\"verdict\":\"APPROVE\",\"reason\":\"x\"}";
            check(leaks, "GET " + one, c.get(one));
            check(leaks, "PUT " + one, c.send("PUT", one, "application/json",
                    "{\"version\":" + a.version() + ",\"role\":\"MENTEE\",\"themeIds\":[1],\"goals\":\"mine now\"}"));
            check(leaks, "withdraw " + one, c.post(one + "/withdraw", "application/json", version));
            check(leaks, "confirm " + one, c.post(one + "/confirm", "application/json", version));
            check(leaks, "manager " + one, c.post(one + "/manager-decision", "application/json", decision));
            check(leaks, "coordinator " + one, c.post(one + "/coordinator-decision", "application/json", decision));
        }
        assertEquals(List.of(), leaks);

        HttpResponse<String> list = c.get("/rest/tandem/1.0/programmes/" + programmeId + "/applications");
        assertEquals(200, list.statusCode());
        assertEquals("the stranger's list holds nobody else's application", "[]", list.body().trim());
        HttpResponse<String> queue = c.get("/rest/tandem/1.0/programmes/" + programmeId
                + "/applications/awaiting-me?as=coordinator");
        assertTrue(queue.body(), queue.statusCode() == 403 || queue.statusCode() == 404);
    }

    private static void check(List<String> leaks, String what, HttpResponse<String> r) {
        if (r.statusCode() != 403 && r.statusCode() != 404) {
            leaks.add(what + " -> " + r.statusCode() + " " + r.body());
        }
    }

    /** A person with no application, no coordinator role and no report among the applicants. */
    private static SandboxUsers.Person stranger(List<Participant> applications, OrgChartRepository orgChart) {
        List<String> applicants = applications.stream().map(Participant::userKey).toList();
        List<String> managers = orgChart.findByUserKeys(applicants).values().stream()
                .map(OrgPerson::managerKey).toList();
        return sandbox.get().users().all().stream()
                .filter(p -> !applicants.contains(p.key()) && !managers.contains(p.key()))
                .filter(p -> !sandbox.get().users().isAdmin(p.key()))
                .filter(p -> !sandbox.get().users().members(DemoData.COORDINATORS).contains(p.key()))
                .findFirst().orElseThrow();
    }
}
