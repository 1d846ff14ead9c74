package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.domain.matching.SpeedRanking;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostPages;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.SpacePageTitles;
import org.tandem.mentoring.service.jobs.Outbox;
import org.tandem.mentoring.service.programme.Coordinators;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.service.waiting.WaitingLinks;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.MatchingSettingsRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.OrgChartStubs;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SpeedEventRepository;
import org.tandem.mentoring.store.SpeedRankingRepository;
import org.tandem.mentoring.store.StoreSchema;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/**
 * Random cohorts on H2 and PostgreSQL, through the services and the stores: an event is planned and stored, each
 * person ranks the people the plan has them meet (some marked "would not pair"), and a stable run is staged. No
 * mentee and mentor who ranked each other acceptable would both rather be together than with what they got
 * (checked here against the stored rankings and the staged pairings), nobody is paired across the line of
 * authority or over a mentor's places, and a best-fit run never scores less in total.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class RankingRunsStoreTest {

    private static final Instant AFTER = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant START = Instant.parse("2026-11-20T15:00:00Z");

    private EntityManager entityManager;

    private final Map<String, OrgPerson> chart = new HashMap<>();
    private final List<Participant> approved = new ArrayList<>();
    private String viewer = "carol";

    @Test
    @SuppressWarnings("unchecked")
    public void stableRuns_shouldHaveNoBlockingPairOnRandomCohorts() {
        ActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        ProgrammeRepository programmes = mock(ProgrammeRepository.class);
        ParticipantRepository participants = mock(ParticipantRepository.class);
        LearningThemeRepository themes = mock(LearningThemeRepository.class);
        OrgChartRepository orgChart = mock(OrgChartRepository.class);
        HostUsers users = mock(HostUsers.class);
        HostSpaces spaces = mock(HostSpaces.class);
        Coordinators coordinators = mock(Coordinators.class);
        TransactionTemplate transactions = mock(TransactionTemplate.class);
        when(transactions.execute(any())).thenAnswer(call -> ao.executeInTransaction(
                ((TransactionCallback<Object>) call.getArgument(0))::doInTransaction));
        when(users.currentUserKey()).thenAnswer(call -> Optional.of(viewer));
        when(users.exists(anyString())).thenReturn(true);
        when(users.displayName(anyString())).thenAnswer(call -> call.getArgument(0));
        when(users.timeZone("carol")).thenReturn(Optional.of(ZoneId.of("Europe/Copenhagen")));
        when(spaces.canView(anyString(), anyString())).thenReturn(true);
        when(coordinators.coordinates(any(), any())).thenAnswer(call -> "carol".equals(call.getArgument(0)));
        when(participants.findByProgrammeAndState(anyInt(), any())).thenAnswer(call -> approved);
        OrgChartStubs.answerFrom(orgChart, chart);
        AoPairingStore pairings = new AoPairingStore(ao);
        SpeedEventRepository events = new SpeedEventRepository(ao);
        SpeedRankingRepository rankings = new SpeedRankingRepository(ao);
        MatchingSettingsRepository settings = new MatchingSettingsRepository(ao);
        ProgrammeGate gate = new ProgrammeGate(programmes, users, spaces, coordinators, transactions);
        SpeedPlans plans = new SpeedPlans(gate, programmes, orgChart, pairings, users, participants, themes, settings,
                events, new SpacePageTitles(mock(HostPages.class), mock(I18nResolver.class)),
                new HostClock(Optional.of(Clock.fixed(AFTER, ZoneOffset.UTC))));
        SpeedRankings speedRankings = new SpeedRankings(gate, programmes, orgChart, pairings, users, events,
                rankings, plans, mock(Outbox.class), new WaitingLinks(mock(I18nResolver.class)),
                new HostClock(Optional.of(Clock.fixed(AFTER, ZoneOffset.UTC))));
        RankingRuns runs = new RankingRuns(gate, programmes, participants, themes, orgChart, pairings, users,
                settings, events, rankings, Clock.fixed(AFTER, ZoneOffset.UTC));

        Random random = new Random(20261202);
        int checked = 0;
        for (int cohort = 1; cohort <= 12; cohort++) {
            int programmeId = 100 + cohort;
            Programme programme = new Programme(programmeId, 1, "Flash " + cohort, "MENTOR", ProgrammeType.FLASH,
                    null, null, null, 12, Cadence.MONTHLY, null, true, false, ProgrammePhase.MATCHING);
            when(programmes.findById(programmeId)).thenReturn(Optional.of(programme));
            List<String> mentees = new ArrayList<>();
            List<String> mentors = new ArrayList<>();
            cohort(random, cohort, programmeId, mentees, mentors);
            viewer = "carol";
            SpeedEvent event = events.create(new SpeedEvent(0, programmeId, START, "Hall", 8, mentees.size(),
                    mentors.size(), List.of(), true, 0), "carol", AFTER);
            for (String person : concat(mentees, mentors)) {
                viewer = person;
                SpeedRankings.Mine mine;
                try {
                    mine = speedRankings.mine(programmeId, event.id());
                } catch (org.tandem.mentoring.service.Refusal.Forbidden metNobody) {
                    continue;
                }
                List<String> order = new ArrayList<>(mine.people().stream().map(SpeedPlan.Person::key).toList());
                Collections.shuffle(order, random);
                Set<String> marks = new HashSet<>();
                order.forEach(key -> {
                    if (random.nextInt(5) == 0) {
                        marks.add(key);
                    }
                });
                speedRankings.save(programmeId, event.id(), order, marks, 0);
            }
            viewer = "carol";
            Map<String, SpeedRanking> stored = rankings.findByEvent(event.id());
            assertEquals(List.of(new RankingRuns.RankedEvent(event.id(), START, ZoneId.of("Europe/Copenhagen"),
                    "Hall", stored.size())), runs.rankedEvents(programmeId));
            runs.run(programmeId, event.id(), RankingRuns.Method.STABLE, false);
            Map<String, String> stable = staged(pairings, programmeId);
            checked += check(stable, stored, programmeId);
            long stableTotal = total(stable, stored);
            runs.run(programmeId, event.id(), RankingRuns.Method.FIT, false);
            Map<String, String> fit = staged(pairings, programmeId);
            check(fit, stored, -1);
            assertTrue("fit scores less than stable in cohort " + cohort, total(fit, stored) >= stableTotal);
        }
        assertTrue("the cohorts should stage pairs to check, got " + checked, checked > 40);
    }

    private void cohort(Random random, int cohort, int programmeId, List<String> mentees, List<String> mentors) {
        approved.clear();
        String boss = "c" + cohort + "boss";
        chart.put(boss, OrgPerson.of(boss, null, "Board", 9));
        int menteeCount = 4 + random.nextInt(7);
        int mentorCount = 3 + random.nextInt(5);
        for (int i = 0; i < mentorCount; i++) {
            String key = "c" + cohort + "r" + i;
            chart.put(key, OrgPerson.of(key, boss, "D" + random.nextInt(3), 6));
            mentors.add(key);
            approved.add(participant(programmeId, key, ParticipantRole.MENTOR, 1 + random.nextInt(2)));
        }
        for (int i = 0; i < menteeCount; i++) {
            String key = "c" + cohort + "m" + i;
            // some mentees report to one of the mentors, whom they then never meet nor get
            String manager = random.nextInt(4) == 0 ? mentors.get(random.nextInt(mentorCount)) : boss;
            chart.put(key, OrgPerson.of(key, manager, "D" + random.nextInt(3), 3));
            mentees.add(key);
            approved.add(participant(programmeId, key, ParticipantRole.MENTEE, 1));
        }
    }

    /** Checks the pairs against the rules; with a programme id also that no pair blocks them. */
    private int check(Map<String, String> pairs, Map<String, SpeedRanking> rankings, int programmeId) {
        Map<String, List<String>> held = new HashMap<>();
        pairs.forEach((mentee, mentor) -> held.computeIfAbsent(mentor, k -> new ArrayList<>()).add(mentee));
        Map<String, Integer> capacity = new HashMap<>();
        approved.stream().filter(p -> p.role() == ParticipantRole.MENTOR)
                .forEach(p -> capacity.put(p.userKey(), p.capacity()));
        pairs.forEach((mentee, mentor) -> {
            assertTrue(acceptable(rankings, mentee, mentor));
            assertFalse(mentor + " manages " + mentee, mentor.equals(chart.get(mentee).managerKey()));
        });
        held.forEach((mentor, mentees) -> assertTrue(mentor + " over capacity",
                mentees.size() <= capacity.get(mentor)));
        if (programmeId < 0) {
            return pairs.size();
        }
        for (SpeedRanking ranking : rankings.values()) {
            String mentee = ranking.personKey();
            if (!capacity.containsKey(mentee)) {
                for (String mentor : ranking.acceptable()) {
                    if (!acceptable(rankings, mentee, mentor) || mentor.equals(pairs.get(mentee))) {
                        continue;
                    }
                    String current = pairs.get(mentee);
                    boolean menteeWould = current == null || ranking.rankOf(mentor) < ranking.rankOf(current);
                    List<String> holding = held.getOrDefault(mentor, List.of());
                    SpeedRanking mentorRanking = rankings.get(mentor);
                    boolean mentorWould = holding.size() < capacity.get(mentor) || holding.stream()
                            .anyMatch(other -> mentorRanking.rankOf(mentee) < mentorRanking.rankOf(other));
                    assertFalse(mentee + " and " + mentor + " block the stable result of programme " + programmeId,
                            menteeWould && mentorWould);
                }
            }
        }
        return pairs.size();
    }

    private static boolean acceptable(Map<String, SpeedRanking> rankings, String mentee, String mentor) {
        return rankings.containsKey(mentee) && rankings.containsKey(mentor)
                && rankings.get(mentee).acceptable().contains(mentor)
                && rankings.get(mentor).acceptable().contains(mentee);
    }

    private static long total(Map<String, String> pairs, Map<String, SpeedRanking> rankings) {
        long total = 0;
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            total += RankingRuns.points(rankings.get(pair.getKey()).rankOf(pair.getValue()))
                    + RankingRuns.points(rankings.get(pair.getValue()).rankOf(pair.getKey()));
        }
        return total;
    }

    private static Map<String, String> staged(AoPairingStore pairings, int programmeId) {
        Map<String, String> pairs = new HashMap<>();
        for (Pairing pairing : pairings.findByProgramme(programmeId)) {
            if (pairing.state() == PairingState.STAGED) {
                assertEquals(null, pairs.put(pairing.menteeKey(), pairing.mentorKey()));
            }
        }
        return pairs;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Participant participant(int programmeId, String key, ParticipantRole role, int capacity) {
        return new Participant(0, 1, programmeId, key, role, List.of(), capacity, null, null, "en", null, List.of(),
                List.of(), ParticipantState.APPROVED, "carol", AFTER);
    }
}
