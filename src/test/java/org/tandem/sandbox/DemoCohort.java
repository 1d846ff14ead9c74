package org.tandem.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The second demo programme, "Leadership mentoring 2026 – cohort B" in space LEAD: enrolment is closed and the
 * programme is in phase MATCHING, waiting for a coordinator to run matching. About forty approved mentees and fifteen
 * approved mentors (capacities 1 to 3) drawn from the demo organisation, so the org chart applies: some mentors sit
 * above some mentees in their line of management, some people prefer a mentor and some exclude one. A handful of
 * applications are still open or were declined. From a fixed seed; nothing here is tuned to a test.
 */
public final class DemoCohort {

    public static final String SPACE = "LEAD";
    public static final String NAME = "Leadership mentoring 2026 \u2013 cohort B";
    public static final int MENTORS = 15;
    public static final int MENTEES = 40;

    private final long seed;

    public DemoCohort(long seed) {
        this.seed = seed;
    }

    // ---------------------------------------------------------------- content

    /** The programme space, its pages made from the plugin's space blueprint like the first programme's. */
    public void content(SandboxContent content, SandboxUsers users, BlueprintPages blueprintPages) {
        if (content.space(SPACE).isPresent()) {
            return;
        }
        String creator = users.members(DemoData.COORDINATORS).stream().findFirst()
                .orElse(users.all().get(0).key());
        content.createSpace(SPACE, NAME, "Second cohort of the leadership mentoring programme: matching now");
        content.grant(SPACE, SandboxPermissions.VIEWSPACE, "group", SandboxUsers.USERS);
        content.grant(SPACE, SandboxPermissions.EDITSPACE, "group", SandboxUsers.USERS);
        content.grant(SPACE, SandboxPermissions.SETSPACEPERMISSIONS, "group", DemoData.COORDINATORS);
        content.grant(SPACE, SandboxPermissions.SETSPACEPERMISSIONS, "group", SandboxUsers.ADMINISTRATORS);
        PluginDescriptor.SpaceBlueprint blueprint = blueprintPages == null ? null : blueprintPages.blueprint();
        String programmeMacro = "<ac:structured-macro ac:name=\"" + DemoData.PROGRAMME_MACRO + "\"/>";
        if (blueprint == null) {
            SandboxContent.Page home = content.createPage(SPACE, NAME, null, programmeMacro, creator);
            content.setHomePage(SPACE, home.id());
            SandboxContent.Page pairings = content.createPage(SPACE, "Pairings", home.id(),
                    "<ac:structured-macro ac:name=\"tandem-pairing\"/>"
                    + "<ac:structured-macro ac:name=\"tandem-speed-events\"/>", creator);
            speedRankings(content, pairings.id(), creator);
            return;
        }
        DemoData.withProgrammeMacro(content,
                blueprintPages.create(content, blueprint, SPACE, NAME, creator, Locale.ENGLISH, Map.of()));
    }

    /**
     * The rankings after the speed-mentoring events, under the pairing board, for a space made without the
     * blueprint (the blueprint makes this page itself).
     */
    private static void speedRankings(SandboxContent content, long parentId, String creator) {
        content.createPage(SPACE, DemoData.SPEED_RANKINGS, parentId,
                "<ac:structured-macro ac:name=\"tandem-speed-ranking\" ac:schema-version=\"1\"/>", creator);
    }

    // ---------------------------------------------------------------- Active Objects

    /** The programme in phase MATCHING and its participants; the org chart is the first programme's. */
    public void programme(ActiveObjects ao, SandboxUsers users, SandboxContent content) {
        ProgrammeRepository programmes = new ProgrammeRepository(ao);
        if (programmes.findBySpaceKey(SPACE).isPresent()) {
            return;
        }
        Programme programme = programmes.create(Programme.draft(NAME, SPACE, ProgrammeType.ONE_TO_ONE)
                .withCharter("Prepare our next team leads: each mentee leads a team within a year.",
                        "Every pair meets monthly; 75% of mentees take on a lead role or project.",
                        "What is said in a session stays with the pair; mentees choose what to share.")
                .withSchedule(LocalDate.of(2026, 3, 2), 10, Cadence.MONTHLY)
                .withPhase(ProgrammePhase.MATCHING)
                .withSpaceId(content.space(SPACE).map(SandboxContent.Space::id).orElse(0L)));

        LearningThemeRepository themes = new LearningThemeRepository(ao);
        List<LearningTheme> taxonomy = themes.findDefaultTaxonomy();
        if (taxonomy.isEmpty()) {
            themes.seedDefaultTaxonomy();
            taxonomy = themes.findDefaultTaxonomy();
        }
        Random r = new Random(seed + 2);
        ParticipantRepository participants = new ParticipantRepository(ao);
        String decider = users.members(DemoData.COORDINATORS).stream().findFirst().orElse(null);

        List<SandboxUsers.Person> mentorPool = new ArrayList<>(users.all().stream()
                .filter(p -> p.level() >= 3 && p.level() <= 5).toList());
        List<SandboxUsers.Person> menteePool = new ArrayList<>(users.all().stream()
                .filter(p -> p.level() >= 5).toList());
        Collections.shuffle(mentorPool, r);
        Collections.shuffle(menteePool, r);
        List<SandboxUsers.Person> mentors = mentorPool.subList(0, MENTORS);
        Set<String> taken = new LinkedHashSet<>();
        mentors.forEach(p -> taken.add(p.key()));
        List<SandboxUsers.Person> mentees = new ArrayList<>();
        // A few mentees from the mentors' own reporting lines, so that the line-of-authority rule has work to do.
        for (SandboxUsers.Person mentor : mentors.subList(0, 6)) {
            users.all().stream().filter(p -> mentor.key().equals(p.managerKey()) && !taken.contains(p.key()))
                    .findFirst().ifPresent(p -> {
                        mentees.add(p);
                        taken.add(p.key());
                    });
        }
        for (SandboxUsers.Person p : menteePool) {
            if (mentees.size() >= MENTEES) {
                break;
            }
            if (taken.add(p.key())) {
                mentees.add(p);
            }
        }

        Instant when = Instant.parse("2026-02-02T09:00:00Z");
        for (SandboxUsers.Person p : mentees) {
            Participant applied = Participant.apply(programme.id(), p.key(), ParticipantRole.MENTEE,
                            themes(taxonomy, r))
                    .withStatement("I want to lead a team and need someone who has done it.",
                            "Lead without authority; give hard feedback kindly.", p.language().split(",")[0],
                            r.nextBoolean() ? "Monday afternoons" : "Wednesday mornings");
            if (r.nextInt(5) == 0) {
                // a preferred mentor, sometimes one who is above the mentee (the hard rule must win)
                SandboxUsers.Person wish = mentors.get(r.nextInt(mentors.size()));
                applied = applied.withPeople(List.of(wish.key()), List.of());
            } else if (r.nextInt(6) == 0) {
                SandboxUsers.Person notWith = mentors.get(r.nextInt(mentors.size()));
                applied = applied.withPeople(List.of(), List.of(notWith.key()));
            }
            approve(participants, participants.create(applied), p, decider, when);
        }
        for (SandboxUsers.Person p : mentors) {
            List<String> excluded = new ArrayList<>();
            if (r.nextInt(4) == 0) {
                excluded.add(mentees.get(r.nextInt(mentees.size())).key());
            }
            Participant applied = Participant.apply(programme.id(), p.key(), ParticipantRole.MENTOR,
                            themes(taxonomy, r))
                    .withCapacity(1 + r.nextInt(3))
                    .withStatement("Leading my first team was the hardest year of my career; I can help.",
                            "Help a new lead find their own style.", p.language().split(",")[0],
                            "Thursday afternoons")
                    .withPeople(List.of(), excluded);
            approve(participants, participants.create(applied), p, decider, when);
        }
        // Applications still in flight or declined: not part of matching.
        int extra = 0;
        for (SandboxUsers.Person p : menteePool) {
            if (extra >= 5) {
                break;
            }
            if (taken.add(p.key())) {
                Participant stored = participants.create(Participant.apply(programme.id(), p.key(),
                        ParticipantRole.MENTEE, themes(taxonomy, r)));
                if (extra % 2 == 1) {
                    stored = participants.decide(stored.id(), stored.version(), ParticipantState.AWAITING_MANAGER,
                            decider == null ? p.key() : decider, when);
                    participants.decide(stored.id(), stored.version(), ParticipantState.DECLINED,
                            p.managerKey() == null ? p.key() : p.managerKey(), when.plusSeconds(86400));
                }
                extra++;
            }
        }
    }

    private static List<Integer> themes(List<LearningTheme> taxonomy, Random r) {
        List<Integer> ids = new ArrayList<>();
        int count = taxonomy.isEmpty() ? 0 : 1 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            int id = taxonomy.get(r.nextInt(taxonomy.size())).id();
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Participant approve(ParticipantRepository participants, Participant stored,
                                       SandboxUsers.Person p, String decider, Instant when) {
        String coordinator = decider == null ? p.key() : decider;
        stored = participants.decide(stored.id(), stored.version(), ParticipantState.AWAITING_MANAGER, coordinator,
                when);
        stored = participants.decide(stored.id(), stored.version(), ParticipantState.AWAITING_COORDINATOR,
                p.managerKey() == null ? coordinator : p.managerKey(), when.plusSeconds(86400));
        return participants.decide(stored.id(), stored.version(), ParticipantState.APPROVED, coordinator,
                when.plusSeconds(2 * 86400));
    }
}
