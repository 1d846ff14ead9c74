package org.tandem.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.sandbox.host.SandboxTimeZones;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The demo organisation and content, from a fixed seed: about 500 people in seven departments with a reporting
 * hierarchy seven levels deep, locations, languages and job levels; the groups; a public welcome space; the
 * mentoring programme space MENTOR whose home page shows the tandem-programme macro; and one session page restricted
 * to the two people of a pair. Nothing here is tuned to a test.
 */
public final class DemoData {

    public static final String SPACE = "MENTOR";
    /** The page of the demo space that holds "My mentoring". */
    public static final String MY_MENTORING = "My mentoring";
    /**
     * The title of the speed-mentoring rankings page that the blueprint makes under Pairings in English (the event
     * views link to it once an event is over).
     */
    public static final String SPEED_RANKINGS = "Speed-mentoring rankings";
    public static final String WELCOME = "WELCOME";
    public static final String COORDINATORS = "tandem-coordinators";
    public static final String PROGRAMME_MACRO = "tandem-programme";

    private static final String[] FIRST = {"Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines",
        "Jonas", "Kemi", "Liam", "Maya", "Noah", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera",
        "Wen", "Xavier", "Yara", "Zoe", "Amir", "Bianca", "Carlos", "Dana", "Emil", "Fatima", "Gustav", "Hana",
        "Ivan", "Julia", "Kofi", "Lena", "Mateo", "Nina", "Oscar", "Priya", "Rafael", "Sofia", "Tomas", "Ursula",
        "Viktor", "Willa", "Yusuf", "Zara", "Aisha", "Bruno", "Clara", "Diego", "Eva", "Felix", "Greta", "Hugo",
        "Irene", "Jakob"};
    private static final String[] LAST = {"Andersen", "Barros", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia",
        "Hoffmann", "Ito", "Jansen", "Kowalski", "Lopez", "Muller", "Nakamura", "Okafor", "Petrov", "Quist",
        "Rossi", "Schmidt", "Tanaka", "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zimmermann", "Almeida", "Becker",
        "Costa", "Diaz", "Evans", "Ferreira", "Gomez", "Hansen", "Ibrahim", "Jones", "Kim", "Larsen", "Martin",
        "Nguyen", "Olsen", "Patel", "Richter", "Silva", "Thompson", "Wagner", "Young", "Ziegler", "Moreau",
        "Novak"};
    private static final String[] DEPARTMENTS = {"Engineering", "Product", "Sales", "Marketing", "Finance", "People",
        "Operations"};
    private static final String[][] ROLES = {
        {"Software Engineer", "QA Engineer", "Site Reliability Engineer"},
        {"Product Manager", "Product Designer", "UX Researcher"},
        {"Account Executive", "Sales Engineer", "Customer Success Manager"},
        {"Content Marketer", "Marketing Analyst", "Brand Designer"},
        {"Financial Analyst", "Accountant", "Payroll Specialist"},
        {"HR Business Partner", "Learning and Development Specialist", "Recruiter"},
        {"Operations Analyst", "IT Support Engineer", "Facilities Coordinator"}};
    private static final String[] LOCATIONS = {"Berlin", "London", "Lisbon", "Toronto", "Singapore", "Austin"};
    private static final String[] LANGUAGES = {"de", "en", "pt", "en", "en", "en"};
    /** The zones some people chose in their profile, which may differ from their office's. */
    private static final String[] PROFILE_ZONES = {"Europe/Copenhagen", "America/New_York", "Asia/Singapore"};
    private static final String[] SECOND_LANGUAGES = {"en", "fr", "en", "fr", "zh", "es"};

    private final long seed;

    public DemoData(long seed) {
        this.seed = seed;
    }

    // ---------------------------------------------------------------- people

    /** Fills the directory: same seed, same people, same keys. */
    public void people(SandboxUsers users) {
        Random r = new Random(seed);
        Set<String> usernames = new HashSet<>();
        List<SandboxUsers.Person> all = new ArrayList<>();
        SandboxUsers.Person ceo = person(r, usernames, "Executive", "Chief Executive Officer", "E1 Executive", 1,
                null, 1);
        all.add(ceo);
        for (int d = 0; d < DEPARTMENTS.length; d++) {
            String dept = DEPARTMENTS[d];
            int home = d % LOCATIONS.length;
            SandboxUsers.Person vp = person(r, usernames, dept, "VP " + dept, "E2 Vice President", 2, ceo.key(), home);
            all.add(vp);
            for (int i = 0; i < 2; i++) {
                SandboxUsers.Person director = person(r, usernames, dept, "Director, " + dept,
                        "M3 Director", 3, vp.key(), r.nextInt(LOCATIONS.length));
                all.add(director);
                for (int j = 0; j < 3; j++) {
                    int loc = r.nextInt(LOCATIONS.length);
                    SandboxUsers.Person manager = person(r, usernames, dept, dept + " Manager", "M2 Manager", 4,
                            director.key(), loc);
                    all.add(manager);
                    for (int k = 0; k < 2; k++) {
                        String role = ROLES[d][k % ROLES[d].length];
                        SandboxUsers.Person lead = person(r, usernames, dept, "Lead " + role, "P5 Lead", 5,
                                manager.key(), loc);
                        all.add(lead);
                        for (int m = 0; m < 4; m++) {
                            String icRole = ROLES[d][(k + m) % ROLES[d].length];
                            boolean senior = r.nextInt(3) == 0;
                            all.add(person(r, usernames, dept, (senior ? "Senior " : "") + icRole,
                                    senior ? "P4 Senior" : "P3 Professional", 6, lead.key(),
                                    r.nextInt(4) == 0 ? r.nextInt(LOCATIONS.length) : loc));
                        }
                    }
                }
            }
        }
        List<SandboxUsers.Person> sixth = all.stream().filter(p -> p.level() == 6).toList();
        for (int i = 0; i < 16; i++) {
            SandboxUsers.Person buddy = sixth.get(r.nextInt(sixth.size()));
            String role = buddy.title().replace("Senior ", "");
            all.add(person(r, usernames, buddy.department(), "Graduate " + role, "P1 Associate", 7, buddy.key(),
                    indexOf(LOCATIONS, buddy.location())));
        }
        all.forEach(users::add);
        users.createGroup(SandboxUsers.ADMINISTRATORS);
        users.createGroup(COORDINATORS);
        users.addToGroup(SandboxUsers.ADMINISTRATORS, all.stream()
                .filter(p -> p.title().contains("IT Support Engineer")).findFirst().orElse(ceo).key());
        SandboxUsers.Person peopleVp = all.stream().filter(p -> p.title().equals("VP People")).findFirst()
                .orElseThrow();
        users.addToGroup(COORDINATORS, peopleVp.key());
        all.stream().filter(p -> p.title().endsWith("Learning and Development Specialist")).limit(2)
                .forEach(p -> users.addToGroup(COORDINATORS, p.key()));
    }

    private static int indexOf(String[] a, String v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(v)) {
                return i;
            }
        }
        return 0;
    }

    /** One person in ten chose a time zone in their profile; the others keep the site's default. */
    public void timeZones(SandboxUsers users, SandboxTimeZones zones) {
        List<SandboxUsers.Person> all = users.all();
        for (int i = 0; i < all.size(); i += 10) {
            zones.choose(all.get(i).key(), PROFILE_ZONES[i / 10 % PROFILE_ZONES.length]);
        }
    }

    private SandboxUsers.Person person(Random r, Set<String> usernames, String dept, String title, String jobLevel,
                                       int level, String managerKey, int location) {
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        String base = (first + "." + last).toLowerCase();
        String username = base;
        for (int n = 2; !usernames.add(username); n++) {
            username = base + n;
        }
        String key = UUID.nameUUIDFromBytes(("tandem-demo:" + seed + ":" + username)
                .getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
        String languages = LANGUAGES[location] + (r.nextInt(2) == 0 ? "," + SECOND_LANGUAGES[location] : "");
        return new SandboxUsers.Person(key, username, first + " " + last, username + "@tandem.example", title, dept,
                LOCATIONS[location], languages, jobLevel, level, managerKey);
    }

    // ---------------------------------------------------------------- content

    /** The welcome space and the programme space with its pages and the restricted session page. */
    public void content(SandboxContent content, SandboxUsers users) {
        content(content, users, null);
    }

    /**
     * As above; when the plugin declares a space blueprint, the programme space's pages are made from its content
     * templates (home first, children below it), titled by their i18n names.
     */
    public void content(SandboxContent content, SandboxUsers users, BlueprintPages blueprintPages) {
        List<SandboxUsers.Person> people = users.all();
        SandboxUsers.Person coordinator = users.members(COORDINATORS).stream().findFirst()
                .flatMap(users::byKey).orElse(people.get(0));

        content.createSpace(WELCOME, "Welcome", "What this sandbox is and how to use it");
        content.grant(WELCOME, SandboxPermissions.VIEWSPACE, "anonymous", null);
        content.grant(WELCOME, SandboxPermissions.VIEWSPACE, "group", SandboxUsers.USERS);
        content.grant(WELCOME, SandboxPermissions.SETSPACEPERMISSIONS, "group", SandboxUsers.ADMINISTRATORS);
        SandboxContent.Page welcome = content.createPage(WELCOME, "Welcome", null,
                "<p>This is the Tandem sandbox: Tandem running without Confluence, on demo data.</p>"
                        + "<p>Log in as any of the demo people to see the mentoring programme space.</p>",
                coordinator.key());
        content.setHomePage(WELCOME, welcome.id());

        content.createSpace(SPACE, "Mentoring Programme 2026", "Our company-wide one-to-one mentoring programme");
        content.grant(SPACE, SandboxPermissions.VIEWSPACE, "group", SandboxUsers.USERS);
        content.grant(SPACE, SandboxPermissions.EDITSPACE, "group", SandboxUsers.USERS);
        content.grant(SPACE, SandboxPermissions.SETSPACEPERMISSIONS, "group", COORDINATORS);
        content.grant(SPACE, SandboxPermissions.SETSPACEPERMISSIONS, "group", SandboxUsers.ADMINISTRATORS);
        SandboxContent.Page home;
        PluginDescriptor.SpaceBlueprint blueprint = blueprintPages == null ? null : blueprintPages.blueprint();
        if (blueprint != null) {
            home = withProgrammeMacro(content, blueprintPages.create(content, blueprint, SPACE,
                    "Mentoring Programme 2026", coordinator.key(), Locale.ENGLISH, Map.of()));
        } else {
            home = content.createPage(SPACE, "Mentoring Programme 2026", null,
                    "<p>Welcome to the 2026 mentoring programme.</p>"
                            + "<ac:structured-macro ac:name=\"" + PROGRAMME_MACRO + "\" ac:schema-version=\"1\">"
                            + "<ac:parameter ac:name=\"space\">" + SPACE + "</ac:parameter></ac:structured-macro>",
                    coordinator.key());
            content.setHomePage(SPACE, home.id());
            content.createPage(SPACE, "Charter", home.id(),
                    "<h2>Purpose</h2><p>Grow leaders from within, and keep the people we grow.</p>", coordinator.key());
            content.createPage(SPACE, "How it works", home.id(),
                    "<ol><li>Enrol as a mentor or a mentee.</li><li>Your manager approves.</li>"
                            + "<li>The coordinators propose pairs; both of you consent.</li></ol>", coordinator.key());
            content.createPage(SPACE, "Mentor guide", home.id(), "<p>Listen more than you talk. Ask, do not tell.</p>",
                    coordinator.key());
            content.createPage(SPACE, "Rules of confidentiality", home.id(),
                    "<p>What is said in a session stays with the pair.</p>", coordinator.key());
            content.createPage(SPACE, "Enrol", home.id(), "<p>Apply as a mentee or offer yourself as a mentor.</p>",
                    coordinator.key());
        }
        SandboxContent.Page pairings = content.pages(SPACE).stream()
                .filter(page -> page.title().equals("Pairings")).findFirst()
                .orElseGet(() -> content.createPage(SPACE, "Pairings", home.id(),
                        "<p>The pairs of this programme and their session pages.</p>", coordinator.key()));
        content.createPage(SPACE, MY_MENTORING, home.id(),
                "<ac:structured-macro ac:name=\"tandem-my-mentoring\" ac:schema-version=\"1\"/>", coordinator.key());

        SandboxUsers.Person[] pair = restrictedPair(users);
        SandboxContent.Page session = content.createPage(SPACE, "Session 1: " + pair[0].fullName() + " and "
                        + pair[1].fullName(), pairings.id(),
                "<h2>Agenda</h2><p>Getting to know each other; the mentee's goals.</p>",
                pair[0].key());
        for (SandboxUsers.Person p : pair) {
            content.restrictToUser(session.id(), SandboxPermissions.VIEW, p.key());
            content.restrictToUser(session.id(), SandboxPermissions.EDIT, p.key());
        }
        new DemoCohort(seed).content(content, users, blueprintPages);
    }

    /** The demo's home page shows the programme, also when the blueprint's home template does not. */
    static SandboxContent.Page withProgrammeMacro(SandboxContent content, SandboxContent.Page home) {
        if (home.body().contains("ac:name=\"" + PROGRAMME_MACRO + "\"")) {
            return home;
        }
        content.updatePage(home.id(), home.title(), home.parentId(),
                "<ac:structured-macro ac:name=\"" + PROGRAMME_MACRO + "\"/>" + home.body());
        return content.page(home.id()).orElseThrow();
    }

    /** The mentee (a level-6 engineer) and mentor (a director in another department) of the restricted page. */
    public SandboxUsers.Person[] restrictedPair(SandboxUsers users) {
        SandboxUsers.Person mentee = users.all().stream()
                .filter(p -> p.level() == 6 && p.department().equals("Engineering")).findFirst().orElseThrow();
        SandboxUsers.Person mentor = users.all().stream()
                .filter(p -> p.level() == 3 && p.department().equals("Product")).findFirst().orElseThrow();
        return new SandboxUsers.Person[] {mentee, mentor};
    }

    // ---------------------------------------------------------------- people for journeys

    /** The first member of the coordinators' group: may create spaces. */
    public static SandboxUsers.Person coordinator(SandboxUsers users) {
        return users.members(COORDINATORS).stream().sorted().findFirst().flatMap(users::byKey).orElseThrow();
    }

    /**
     * A person who has not applied to the demo programme, whose manager is in the directory, and where neither is a
     * coordinator nor an administrator: someone who can apply as a mentee and whose manager decides.
     */
    public static SandboxUsers.Person menteeWithManager(SandboxUsers users, int level, String department) {
        return users.all().stream().filter(p -> p.level() == level && p.department().equals(department))
                .filter(p -> p.managerKey() != null && users.byKey(p.managerKey()).isPresent())
                .filter(p -> !users.isAdmin(p.key()) && !users.isMember(p.key(), COORDINATORS))
                .filter(p -> !users.isAdmin(p.managerKey()) && !users.isMember(p.managerKey(), COORDINATORS))
                .findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- Active Objects

    /** The org chart, the programme and its participants at every state, written through the store. */
    public void programme(ActiveObjects ao, SandboxUsers users, SandboxContent content) {
        programme(ao, users, content, null);
    }

    /**
     * The same; with {@code sharedHome} (where the notes' key lives) the demo pair is also active, with its pairing
     * page, two past sessions, notes, action items, learnings and the expectations meeting ({@link DemoPair}).
     */
    public void programme(ActiveObjects ao, SandboxUsers users, SandboxContent content, java.nio.file.Path sharedHome) {
        ProgrammeRepository programmes = new ProgrammeRepository(ao);
        if (programmes.findBySpaceKey(SPACE).isPresent()) {
            return;
        }
        List<OrgPerson> org = users.all().stream().map(p -> new OrgPerson(p.key(), p.managerKey(), p.department(),
                p.level(), p.location(), p.language().split(",")[0], p.fullName(), p.title())).toList();
        new OrgChartRepository(ao).replaceAll(org);

        Programme programme = programmes.create(Programme.draft("Mentoring Programme 2026", SPACE,
                        ProgrammeType.ONE_TO_ONE)
                .withCharter("Grow leaders from within, and keep the people we grow.",
                        "80% of pairs meet fortnightly; mentees progress on two learning themes.",
                        "What is said in a session stays with the pair.")
                .withSchedule(LocalDate.of(2026, 1, 12), 12, Cadence.FORTNIGHTLY)
                .withPhase(ProgrammePhase.ENROLMENT_OPEN)
                .withSpaceId(content.space(SPACE).map(SandboxContent.Space::id).orElse(0L)));

        LearningThemeRepository themes = new LearningThemeRepository(ao);
        List<LearningTheme> taxonomy = themes.findDefaultTaxonomy();
        if (taxonomy.isEmpty()) {
            themes.seedDefaultTaxonomy();
            taxonomy = themes.findDefaultTaxonomy();
        }
        Random r = new Random(seed + 1);
        ParticipantRepository participants = new ParticipantRepository(ao);
        String decider = users.members(COORDINATORS).stream().findFirst().orElse(null);
        ParticipantState[] states = ParticipantState.values();
        SandboxUsers.Person[] pair = restrictedPair(users);

        List<SandboxUsers.Person> mentors = new ArrayList<>(users.all().stream()
                .filter(p -> p.level() >= 3 && p.level() <= 5).toList());
        List<SandboxUsers.Person> mentees = new ArrayList<>(users.all().stream()
                .filter(p -> p.level() >= 5).toList());
        java.util.Collections.shuffle(mentors, r);
        java.util.Collections.shuffle(mentees, r);
        mentors.remove(pair[1]);
        mentees.remove(pair[0]);
        mentors.add(0, pair[1]);
        mentees.add(0, pair[0]);
        Set<String> enrolled = new HashSet<>();
        int n = 0;
        for (SandboxUsers.Person p : mentors.subList(0, 24)) {
            enrol(participants, programme, p, ParticipantRole.MENTOR, taxonomy, r, n == 0 ? ParticipantState.APPROVED
                    : states[n % states.length], decider, enrolled);
            n++;
        }
        n = 0;
        for (SandboxUsers.Person p : mentees) {
            if (enrolled.contains(p.key())) {
                continue;
            }
            enrol(participants, programme, p, ParticipantRole.MENTEE, taxonomy, r, n == 0 ? ParticipantState.APPROVED
                    : states[n % states.length], decider, enrolled);
            if (++n >= 48) {
                break;
            }
        }
        if (sharedHome != null) {
            DemoPair.write(ao, content, users, programme, pair[0], pair[1],
                    taxonomy.stream().limit(2).map(LearningTheme::id).toList(), sharedHome);
        }
        new DemoCohort(seed).programme(ao, users, content);
    }

    private static void enrol(ParticipantRepository participants, Programme programme, SandboxUsers.Person p,
                              ParticipantRole role, List<LearningTheme> taxonomy, Random r, ParticipantState target,
                              String decider, Set<String> enrolled) {
        List<Integer> themeIds = new ArrayList<>();
        int count = taxonomy.isEmpty() ? 0 : 1 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            int id = taxonomy.get(r.nextInt(taxonomy.size())).id();
            if (!themeIds.contains(id)) {
                themeIds.add(id);
            }
        }
        Participant applied = Participant.apply(programme.id(), p.key(), role, themeIds)
                .withCapacity(role == ParticipantRole.MENTOR ? 1 + r.nextInt(3) : 1)
                .withStatement(role == ParticipantRole.MENTOR ? "I want to give back what my mentors gave me."
                                : "I want to grow into my next role.",
                        role == ParticipantRole.MENTOR ? "Help someone find their own answers."
                                : "Delegate more; speak up with senior people.",
                        p.language().split(",")[0], "Tuesday or Thursday mornings");
        Participant stored = participants.create(applied);
        enrolled.add(p.key());
        List<ParticipantState> path = switch (target) {
            case APPLIED -> List.of();
            case AWAITING_MANAGER -> List.of(ParticipantState.AWAITING_MANAGER);
            case AWAITING_COORDINATOR -> List.of(ParticipantState.AWAITING_MANAGER,
                    ParticipantState.AWAITING_COORDINATOR);
            case APPROVED -> List.of(ParticipantState.AWAITING_MANAGER, ParticipantState.AWAITING_COORDINATOR,
                    ParticipantState.APPROVED);
            case DECLINED -> List.of(ParticipantState.AWAITING_MANAGER, ParticipantState.DECLINED);
            case WITHDRAWN -> List.of(ParticipantState.WITHDRAWN);
        };
        Instant when = Instant.parse("2026-01-05T09:00:00Z");
        for (ParticipantState s : path) {
            String by = s == ParticipantState.AWAITING_COORDINATOR || s == ParticipantState.DECLINED
                    ? (p.managerKey() == null ? decider : p.managerKey())
                    : s == ParticipantState.WITHDRAWN ? p.key() : decider;
            stored = participants.decide(stored.id(), stored.version(), s, by == null ? p.key() : by, when);
            when = when.plusSeconds(86400);
        }
    }
}
