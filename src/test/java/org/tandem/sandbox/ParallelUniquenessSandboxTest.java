package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * Uniqueness over HTTP against the sandbox (H2): eight requests released together on a latch, each from its own
 * signed-in session. Exactly one succeeds, the other seven answer 409, and the database holds one row. The same races
 * at the store level, on H2 and PostgreSQL, are in {@code store.UniqueRowsTest}.
 */
public class ParallelUniquenessSandboxTest {

    private static final String REST = "/rest/tandem/1.0";
    private static final int THREADS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final SandboxRule SANDBOX = SandboxRule.plugin("parallel");

    private static ExecutorService pool;
    private static int open;
    private static int lead;
    private static int theme;
    private static final List<String> USED = new ArrayList<>();

    @BeforeClass
    public static void setUp() {
        pool = Executors.newFixedThreadPool(THREADS);
        ProgrammeRepository programmes = new ProgrammeRepository(SANDBOX.get().activeObjects());
        open = programmes.findBySpaceKey(DemoData.SPACE).orElseThrow().id();
        lead = programmes.findBySpaceKey(DemoCohort.SPACE).orElseThrow().id();
        theme = new LearningThemeRepository(SANDBOX.get().activeObjects()).findAvailableTo(open).stream()
                .mapToInt(LearningTheme::id).findFirst().orElseThrow();
    }

    @AfterClass
    public static void tearDown() {
        pool.shutdownNow();
    }

    @Test
    public void eightApplicationsOfOnePerson_shouldLeaveOneApplication() throws Exception {
        String person = newcomer();
        Map<Integer, Integer> answers = race(person, i -> new String[] {"POST", "/programmes/" + open + "/applications",
            application("MENTEE")});

        assertEquals(Map.of(201, 1, 409, THREADS - 1), answers);
        assertEquals(1, openApplications(person));
    }

    @Test
    public void menteeAndMentorApplicationsOfOnePerson_shouldLeaveOneApplication() throws Exception {
        String person = newcomer();
        Map<Integer, Integer> answers = race(person, i -> new String[] {"POST", "/programmes/" + open + "/applications",
            application(i % 2 == 0 ? "MENTEE" : "MENTOR")});

        assertEquals(Map.of(201, 1, 409, THREADS - 1), answers);
        assertEquals(1, openApplications(person));
    }

    @Test
    public void eightThemesOfOneName_shouldLeaveOneTheme() throws Exception {
        String coordinator = SANDBOX.get().users().members(DemoData.COORDINATORS).stream().sorted().findFirst()
                .orElseThrow();
        Map<Integer, Integer> answers = race(coordinator, i -> new String[] {"POST", "/programmes/" + open + "/themes",
            "{\"category\":\"Races\",\"name\":\"" + (i % 2 == 0 ? "Holding the line" : "HOLDING THE LINE") + "\"}"});

        assertEquals(Map.of(201, 1, 409, THREADS - 1), answers);
        assertEquals(1, new LearningThemeRepository(SANDBOX.get().activeObjects()).findAvailableTo(open).stream()
                .filter(t -> t.name().equalsIgnoreCase("Holding the line")).count());
    }

    @Test
    public void eightPublishes_shouldPublishOnce() throws Exception {
        String coordinator = SANDBOX.get().users().members(DemoData.COORDINATORS).stream().sorted().findFirst()
                .orElseThrow();
        SandboxTestSupport.Client c = SANDBOX.signedIn(SANDBOX.get().users().byKey(coordinator).orElseThrow()
                .username());
        HttpResponse<String> run = c.post(REST + "/programmes/" + lead + "/pairings/run", "application/json", "{}");
        assertEquals(run.body(), 200, run.statusCode());
        int staged = JSON.readTree(run.body()).path("staged").size();

        Map<Integer, Integer> answers = race(coordinator, i -> new String[] {"POST",
            "/programmes/" + lead + "/pairings/publish", "{}"});

        assertEquals(Map.of(200, 1, 409, THREADS - 1), answers);
        HttpResponse<String> list = c.get(REST + "/programmes/" + lead + "/pairings?state=PROPOSED");
        assertEquals(list.body(), staged, JSON.readTree(list.body()).size());
    }

    /** Signs THREADS sessions in as one person, then releases one request from each at once; status to count. */
    private static Map<Integer, Integer> race(String userKey, IntFunction<String[]> request) throws Exception {
        String username = SANDBOX.get().users().byKey(userKey).orElseThrow().username();
        List<SandboxTestSupport.Client> clients = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            clients.add(SANDBOX.signedIn(username));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            SandboxTestSupport.Client client = clients.get(i);
            String[] r = request.apply(i);
            answers.add(pool.submit(() -> {
                start.await();
                return client.send(r[0], REST + r[1], "application/json", r[2]).statusCode();
            }));
        }
        start.countDown();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Future<Integer> answer : answers) {
            counts.merge(answer.get(60, TimeUnit.SECONDS), 1, Integer::sum);
        }
        return counts;
    }

    private static String application(String role) {
        return "{\"role\":\"" + role + "\",\"themeIds\":[" + theme + "],\"goals\":\"Say no more often.\","
                + "\"motivation\":\"Pass on what I learnt.\",\"capacity\":1}";
    }

    private static long openApplications(String userKey) {
        return new ParticipantRepository(SANDBOX.get().activeObjects()).findByProgramme(open).stream()
                .filter(p -> p.userKey().equals(userKey))
                .filter(p -> p.state() != ParticipantState.WITHDRAWN && p.state() != ParticipantState.DECLINED)
                .count();
    }

    /** Someone with no application anywhere, who is neither an administrator nor a coordinator. */
    private static synchronized String newcomer() {
        Sandbox sandbox = SANDBOX.get();
        List<String> enrolled = new ArrayList<>(USED);
        ParticipantRepository participants = new ParticipantRepository(sandbox.activeObjects());
        participants.findByProgramme(open).stream().map(Participant::userKey).forEach(enrolled::add);
        participants.findByProgramme(lead).stream().map(Participant::userKey).forEach(enrolled::add);
        String key = sandbox.users().all().stream().map(SandboxUsers.Person::key)
                .filter(k -> !enrolled.contains(k) && !sandbox.users().isAdmin(k)
                        && !sandbox.users().isMember(k, DemoData.COORDINATORS))
                .findFirst().orElseThrow();
        USED.add(key);
        return key;
    }
}
