package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.tandem.mentoring.bench.load.LoadFixture;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.SessionNoteEntity;

/**
 * Concurrent writes over HTTP, as the load bench's people make them, at the host's READ COMMITTED isolation: twenty
 * requests released together on a latch, each from its own signed-in session. Where the writes do not compete every
 * one succeeds; where they do (the last place of a mentor, one version of one note, one person's application)
 * exactly one wins and the others hear 409 with a message; never a 500. Run on H2 by {@link ConcurrentWritesSandboxTest} and on PostgreSQL by
 * {@link ConcurrentWritesPostgresIT}.
 */
public abstract class ConcurrentWrites {

    static final int THREADS = 20;
    private static final String REST = "/rest/tandem/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The sandbox under test, with its demo data. */
    protected abstract Sandbox sandbox();

    @Test
    public void twentyAcceptancesOfTheLastPlace_shouldFillItOnce() throws Exception {
        LoadFixture.LastSeat seat = LoadFixture.lastSeat(sandbox(), THREADS);
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int[] pairing : seat.pairings()) {
            SandboxTestSupport.Client mentor = signedIn(seat.mentorUsername());
            requests.add(() -> mentor.post(REST + "/pairings/" + pairing[0] + "/consent", "application/json",
                    "{\"version\":" + pairing[1] + ",\"answer\":\"ACCEPT\"}"));
        }

        Map<Integer, Integer> answers = race(requests);

        assertEquals(Map.of(200, 1, 409, THREADS - 1), answers);
        AoPairingStore pairings = new AoPairingStore(sandbox().activeObjects());
        List<Pairing> after = seat.pairings().stream().map(p -> pairings.findById(p[0]).orElseThrow()).toList();
        assertEquals(1, after.stream().filter(p -> p.state() == PairingState.ACTIVE).count());
        assertEquals(1, pairings.seatsTaken(after.get(0).programmeId(), after.get(0).mentorKey()));
    }

    /** The load bench's moment of contention: twenty people each write their note and accept a pairing at once. */
    @Test
    public void twentyPeopleWritingNotesAndAccepting_shouldAllSucceed() throws Exception {
        LoadFixture.Plan plan = LoadFixture.build(sandbox(), THREADS);
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (LoadFixture.Person person : plan.people()) {
            SandboxTestSupport.Client notes = signedIn(person.username());
            SandboxTestSupport.Client consents = signedIn(person.username());
            requests.add(() -> notes.post(REST + "/sessions/" + person.sessionId() + "/notes", "application/json",
                    "{\"text\":\"Talked about delegating.\",\"version\":0}"));
            requests.add(() -> consents.post(REST + "/pairings/" + person.acceptPairingId() + "/consent",
                    "application/json", "{\"version\":" + person.acceptVersion() + ",\"answer\":\"ACCEPT\"}"));
        }

        Map<Integer, Integer> answers = race(requests);

        assertEquals(Map.of(200, 2 * THREADS), answers);
        AoPairingStore pairings = new AoPairingStore(sandbox().activeObjects());
        for (LoadFixture.Person person : plan.people()) {
            assertEquals(PairingState.ACTIVE, pairings.findById(person.acceptPairingId()).orElseThrow().state());
        }
    }

    /** Twenty sessions of one person write the first version of the same note at once: one note, 19 conflicts. */
    @Test
    public void twentyFirstVersionsOfOneNote_shouldKeepOne() throws Exception {
        LoadFixture.Person person = LoadFixture.build(sandbox(), 1).people().get(0);
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            SandboxTestSupport.Client client = signedIn(person.username());
            String text = "Version " + i;
            requests.add(() -> client.post(REST + "/sessions/" + person.sessionId() + "/notes", "application/json",
                    "{\"text\":\"" + text + "\",\"version\":0}"));
        }

        Map<Integer, Integer> answers = race(requests);

        assertEquals(Map.of(200, 1, 409, THREADS - 1), answers);
        assertEquals(1, sandbox().activeObjects().count(SessionNoteEntity.class,
                SessionNoteEntity.SESSION_ID + " = ?", person.sessionId()));
    }

    /** Twenty sessions of one person change the same version of their note at once: one change, 19 conflicts. */
    @Test
    public void twentyChangesOfOneNoteVersion_shouldKeepOne() throws Exception {
        LoadFixture.Person person = LoadFixture.build(sandbox(), 1).people().get(0);
        String notes = REST + "/sessions/" + person.sessionId() + "/notes";
        HttpResponse<String> first = signedIn(person.username()).post(notes, "application/json",
                "{\"text\":\"First\",\"version\":0}");
        assertEquals(first.body(), 200, first.statusCode());
        int version = JSON.readTree(first.body()).path("version").asInt();
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            SandboxTestSupport.Client client = signedIn(person.username());
            String text = "Change " + i;
            requests.add(() -> client.post(notes, "application/json",
                    "{\"text\":\"" + text + "\",\"version\":" + version + "}"));
        }

        Map<Integer, Integer> answers = race(requests);

        assertEquals(Map.of(200, 1, 409, THREADS - 1), answers);
    }

    /** Twenty sessions of one person apply to the same programme at once: one application, 19 conflicts. */
    @Test
    public void twentyApplicationsOfOnePerson_shouldLeaveOne() throws Exception {
        LoadFixture.Plan plan = LoadFixture.build(sandbox(), 1);
        LoadFixture.Person person = plan.people().get(0);
        List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            SandboxTestSupport.Client client = signedIn(person.username());
            requests.add(() -> client.post(REST + "/programmes/" + plan.enrolProgrammeId() + "/applications",
                    "application/json", "{\"role\":\"MENTEE\",\"themeIds\":[" + plan.themeId()
                            + "],\"goals\":\"Lead a team within a year.\",\"capacity\":1}"));
        }

        Map<Integer, Integer> answers = race(requests);

        assertEquals(Map.of(201, 1, 409, THREADS - 1), answers);
    }

    private SandboxTestSupport.Client signedIn(String username) throws Exception {
        SandboxTestSupport.Client client = new SandboxTestSupport.Client(sandbox());
        client.signIn(username);
        return client;
    }

    /**
     * Releases the requests at once; the count of each status. A refusal must say why: a 409 carries a message,
     * and anything else than 200, 201 or 409 fails with its body.
     */
    private static Map<Integer, Integer> race(List<Callable<HttpResponse<String>>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Callable<HttpResponse<String>> request : requests) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            Map<Integer, Integer> counts = new TreeMap<>();
            List<String> unexpected = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> r = answer.get(120, TimeUnit.SECONDS);
                counts.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() == 409) {
                    assertFalse(r.body(), JSON.readTree(r.body()).path("message").asText().isBlank());
                } else if (r.statusCode() != 200 && r.statusCode() != 201) {
                    unexpected.add(r.statusCode() + " " + r.body());
                }
            }
            assertEquals("answers other than 200 and 409: " + unexpected, List.of(), unexpected);
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }
}
