package org.tandem.mentoring.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.sandbox.DemoCohort;
import org.tandem.sandbox.DemoData;
import org.tandem.sandbox.Sandbox;
import org.tandem.sandbox.SandboxContent;
import org.tandem.sandbox.SandboxTestSupport;
import org.tandem.sandbox.SandboxUsers;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people and pages of the load bench, set up on a fresh sandbox beside the demo data (which stays as it is).
 * Each virtual person is someone of the demo organisation in no programme yet, made an approved mentor of cohort B
 * (space LEAD) with two mentees of their own, also new to both programmes: the first pairing is active with a
 * session of yesterday (the person's session page, where they write notes), the second awaits only the person's
 * acceptance (accepted once in the run); the person has not applied to the demo programme of space MENTOR, whose
 * enrolment is open (applied to once in the run).
 */
public final class LoadFixture {

    static final String REST = "/rest/tandem/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One virtual person: who signs in, their session, and the pairing they accept. */
    public record Person(String username, int sessionId, long sessionPageId, int acceptPairingId,
                         int acceptVersion) {
    }

    /** Everything the load plan needs: the people and the pages all of them view. */
    public record Plan(List<Person> people, long homePageId, long enrolPageId, long boardPageId,
                       long dashboardPageId, int enrolProgrammeId, int themeId) {
    }

    /** A mentor with one place left and the pairings that wait only for them: {@code {id, version}} each. */
    public record LastSeat(String mentorUsername, List<int[]> pairings) {
    }

    private LoadFixture() {
    }

    /**
     * One more mentor of cohort B (space LEAD), new to it, with {@code mentees} new mentees published to them; each
     * pairing has the mentee's acceptance and the manager's acknowledgement and waits only for the mentor's. The
     * mentor's places are then cut to one, still free: the first acceptance to arrive takes the last place.
     */
    public static LastSeat lastSeat(Sandbox sandbox, int mentees) throws Exception {
        SandboxUsers users = sandbox.users();
        ProgrammeRepository programmes = new ProgrammeRepository(sandbox.activeObjects());
        int cohort = programmes.findBySpaceKey(DemoCohort.SPACE).orElseThrow().id();
        ParticipantRepository participants = new ParticipantRepository(sandbox.activeObjects());
        Set<String> used = new HashSet<>(users.members(DemoData.COORDINATORS));
        used.addAll(users.members(SandboxUsers.ADMINISTRATORS));
        participants.findByProgramme(cohort).forEach(p -> used.add(p.userKey()));
        String coordinator = DemoData.coordinator(users).key();
        int theme = new LearningThemeRepository(sandbox.activeObjects()).findAvailableTo(cohort).stream()
                .filter(t -> t.programmeId() == null).findFirst().orElseThrow().id();
        List<SandboxUsers.Person> free = new ArrayList<>(users.all().stream()
                .filter(p -> p.managerKey() != null && !used.contains(p.key())).toList());
        SandboxUsers.Person mentor = take(free, p -> p.level() >= 4);
        Instant when = Instant.parse("2026-01-10T09:00:00Z");
        approve(participants, Participant.apply(cohort, mentor.key(), ParticipantRole.MENTOR, List.of(theme))
                .withCapacity(mentees), mentor, coordinator, when);
        List<SandboxUsers.Person> waiting = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            SandboxUsers.Person mentee = take(free, p -> !above(users, mentor.key(), p)
                    && !above(users, p.key(), mentor));
            approve(participants, Participant.apply(cohort, mentee.key(), ParticipantRole.MENTEE, List.of(theme)),
                    mentee, coordinator, when);
            waiting.add(mentee);
        }
        SandboxTestSupport.Client c = signedIn(sandbox, coordinator);
        List<Integer> ids = new ArrayList<>();
        for (SandboxUsers.Person mentee : waiting) {
            ids.add(add(c, cohort, mentee, mentor));
        }
        expect(c.post(REST + "/programmes/" + cohort + "/pairings/publish", "application/json", "{}"), 200);
        SandboxTestSupport.Client asMentor = signedIn(sandbox, mentor.key());
        List<int[]> pairings = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            consent(signedIn(sandbox, waiting.get(i).key()), ids.get(i), "ACCEPT");
            consent(signedIn(sandbox, waiting.get(i).managerKey()), ids.get(i), "ACKNOWLEDGE");
            int version = JSON.readTree(expect(asMentor.get(REST + "/pairings/" + ids.get(i)), 200)).path("version")
                    .asInt();
            pairings.add(new int[] {ids.get(i), version});
        }
        new AoPairingStore(sandbox.activeObjects()).reserveSeats(cohort, Map.of(mentor.key(), 1));
        return new LastSeat(mentor.username(), pairings);
    }

    public static Plan build(Sandbox sandbox, int count) throws Exception {
        SandboxUsers users = sandbox.users();
        ProgrammeRepository programmes = new ProgrammeRepository(sandbox.activeObjects());
        int cohort = programmes.findBySpaceKey(DemoCohort.SPACE).orElseThrow().id();
        int enrolling = programmes.findBySpaceKey(DemoData.SPACE).orElseThrow().id();
        ParticipantRepository participants = new ParticipantRepository(sandbox.activeObjects());
        Set<String> used = new HashSet<>();
        participants.findByProgramme(cohort).forEach(p -> used.add(p.userKey()));
        participants.findByProgramme(enrolling).forEach(p -> used.add(p.userKey()));
        used.addAll(users.members(DemoData.COORDINATORS));
        used.addAll(users.members(SandboxUsers.ADMINISTRATORS));
        String coordinator = DemoData.coordinator(users).key();
        used.add(coordinator);

        List<LearningTheme> themes = new LearningThemeRepository(sandbox.activeObjects()).findAvailableTo(cohort);
        int theme = themes.stream().filter(t -> t.programmeId() == null).findFirst().orElseThrow().id();
        List<SandboxUsers.Person> free = new ArrayList<>(users.all().stream()
                .filter(p -> p.managerKey() != null && p.level() >= 4 && !used.contains(p.key())).toList());
        List<SandboxUsers.Person[]> trios = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SandboxUsers.Person mentor = take(free, p -> p.level() <= 5);
            SandboxUsers.Person first = take(free, p -> !above(users, mentor.key(), p));
            SandboxUsers.Person second = take(free, p -> !above(users, mentor.key(), p));
            trios.add(new SandboxUsers.Person[] {mentor, first, second});
            Instant when = Instant.parse("2026-01-10T09:00:00Z");
            approve(participants, Participant.apply(cohort, mentor.key(), ParticipantRole.MENTOR, List.of(theme))
                    .withCapacity(2), mentor, coordinator, when);
            approve(participants, Participant.apply(cohort, first.key(), ParticipantRole.MENTEE, List.of(theme)),
                    first, coordinator, when);
            approve(participants, Participant.apply(cohort, second.key(), ParticipantRole.MENTEE, List.of(theme)),
                    second, coordinator, when);
        }

        SandboxTestSupport.Client c = signedIn(sandbox, coordinator);
        List<int[]> pairings = new ArrayList<>();
        for (SandboxUsers.Person[] trio : trios) {
            pairings.add(new int[] {add(c, cohort, trio[1], trio[0]), add(c, cohort, trio[2], trio[0])});
        }
        expect(c.post(REST + "/programmes/" + cohort + "/pairings/publish", "application/json", "{}"), 200);

        List<Person> people = new ArrayList<>();
        String start = LocalDate.now(ZoneOffset.UTC).minusDays(1) + "T09:00";
        for (int i = 0; i < trios.size(); i++) {
            SandboxUsers.Person[] trio = trios.get(i);
            SandboxTestSupport.Client mentor = signedIn(sandbox, trio[0].key());
            int active = pairings.get(i)[0];
            int awaiting = pairings.get(i)[1];
            consent(signedIn(sandbox, trio[1].key()), active, "ACCEPT");
            consent(mentor, active, "ACCEPT");
            consent(signedIn(sandbox, trio[1].managerKey()), active, "ACKNOWLEDGE");
            consent(signedIn(sandbox, trio[2].key()), awaiting, "ACCEPT");
            consent(signedIn(sandbox, trio[2].managerKey()), awaiting, "ACKNOWLEDGE");
            int version = JSON.readTree(expect(mentor.get(REST + "/pairings/" + awaiting), 200)).path("version")
                    .asInt();
            JsonNode session = JSON.readTree(expect(mentor.post(REST + "/session-pairings/" + active + "/sessions",
                    "application/json", "{\"start\":\"" + start + "\",\"zone\":\"UTC\",\"minutes\":45,"
                            + "\"format\":\"VIDEO\"}"), 201));
            people.add(new Person(trio[0].username(), session.path("id").asInt(), session.path("pageId").asLong(),
                    awaiting, version));
        }
        return new Plan(people, home(sandbox, DemoCohort.SPACE), pageWith(sandbox, DemoData.SPACE, "tandem-enrol"),
                pageWith(sandbox, DemoCohort.SPACE, "tandem-pairing"),
                pageWith(sandbox, DemoCohort.SPACE, "tandem-programme-dashboard"), enrolling, theme);
    }

    private static SandboxUsers.Person take(List<SandboxUsers.Person> free,
                                            java.util.function.Predicate<SandboxUsers.Person> fits) {
        for (int i = 0; i < free.size(); i++) {
            if (fits.test(free.get(i))) {
                return free.remove(i);
            }
        }
        throw new IllegalStateException("the demo organisation has too few people outside the programmes");
    }

    /** Whether {@code key} is somewhere above the person in their line of management. */
    private static boolean above(SandboxUsers users, String key, SandboxUsers.Person person) {
        String m = person.managerKey();
        for (int depth = 0; m != null && depth < 20; depth++) {
            if (m.equals(key)) {
                return true;
            }
            m = users.byKey(m).map(SandboxUsers.Person::managerKey).orElse(null);
        }
        return false;
    }

    private static void approve(ParticipantRepository participants, Participant application,
                                SandboxUsers.Person p, String coordinator, Instant when) {
        Participant stored = participants.create(application);
        stored = participants.decide(stored.id(), stored.version(), ParticipantState.AWAITING_MANAGER, coordinator,
                when);
        stored = participants.decide(stored.id(), stored.version(), ParticipantState.AWAITING_COORDINATOR,
                p.managerKey(), when.plusSeconds(86400));
        participants.decide(stored.id(), stored.version(), ParticipantState.APPROVED, coordinator,
                when.plusSeconds(2 * 86400));
    }

    private static int add(SandboxTestSupport.Client c, int programme, SandboxUsers.Person mentee,
                           SandboxUsers.Person mentor) throws Exception {
        JsonNode pairing = JSON.readTree(expect(c.post(REST + "/programmes/" + programme + "/pairings",
                "application/json", "{\"menteeKey\":\"" + mentee.key() + "\",\"mentorKey\":\"" + mentor.key()
                        + "\",\"reason\":\"load bench\"}"), 201));
        return pairing.path("id").asInt();
    }

    /** Answers for the signed-in person. */
    private static void consent(SandboxTestSupport.Client c, int pairing, String answer) throws Exception {
        JsonNode now = JSON.readTree(expect(c.get(REST + "/pairings/" + pairing), 200));
        expect(c.post(REST + "/pairings/" + pairing + "/consent", "application/json",
                "{\"version\":" + now.path("version").asInt() + ",\"answer\":\"" + answer + "\"}"), 200);
    }

    private static SandboxTestSupport.Client signedIn(Sandbox sandbox, String key) throws Exception {
        SandboxTestSupport.Client c = new SandboxTestSupport.Client(sandbox);
        c.signIn(sandbox.users().byKey(key).orElseThrow().username());
        return c;
    }

    private static long home(Sandbox sandbox, String space) {
        return sandbox.content().space(space).orElseThrow().homePageId();
    }

    private static long pageWith(Sandbox sandbox, String space, String macro) {
        return sandbox.content().pages(space).stream()
                .filter(p -> p.body() != null && p.body().contains("ac:name=\"" + macro + "\""))
                .map(SandboxContent.Page::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no page with " + macro + " in " + space));
    }

    private static String expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + ": " + r.statusCode() + " "
                    + r.body());
        }
        return r.body();
    }
}
