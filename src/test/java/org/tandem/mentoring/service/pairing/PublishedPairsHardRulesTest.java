package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.matching.MatchingEngine;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.programme.Coordinators;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.OrgChartStubs;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * Generated organisations of a few hundred people with deep reporting lines: whatever the engine proposes and the
 * coordinator publishes, no published pair has the mentor anywhere in the mentee's line of authority (checked
 * against a chain walk written here, not the production {@code OrgChart}), pairs nobody with themself, ignores no
 * exclusion and fills no mentor beyond capacity. The run reads the whole organisation once, and publishing reads
 * one snapshot of exactly the people it publishes, whatever their number.
 */
public class PublishedPairsHardRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    @Test
    public void publish_shouldNeverPublishAPairThatBreaksAHardRuleOnGeneratedCohorts() {
        int published = 0;
        for (long seed = 1; seed <= 6; seed++) {
            for (ProgrammeType type : List.of(ProgrammeType.ONE_TO_ONE, ProgrammeType.GROUP)) {
                published += runAndCheck(seed, type);
            }
        }
        assertTrue("the cohorts should produce pairs to check, got " + published, published > 500);
    }

    @Test
    public void publish_shouldRespectReverseProgrammesOnGeneratedCohorts() {
        int published = 0;
        for (long seed = 11; seed <= 14; seed++) {
            published += runAndCheck(seed, ProgrammeType.REVERSE);
        }
        assertTrue("the cohorts should produce pairs to check, got " + published, published > 50);
    }

    @SuppressWarnings("unchecked")
    private int runAndCheck(long seed, ProgrammeType type) {
        Random random = new Random(seed);
        int people = 400;
        Map<String, OrgPerson> chart = new LinkedHashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        String[] departments = {"Sales", "Finance", "Engineering", "People", "Legal"};
        for (int i = 0; i < people; i++) {
            String key = "p" + i;
            // managers come from the first fifth, so chains get deep and wide
            String manager = i == 0 ? null : "p" + random.nextInt(Math.max(1, Math.min(i, people / 5)));
            int d = manager == null ? 0 : depth.get(manager) + 1;
            depth.put(key, d);
            chart.put(key, OrgPerson.of(key, manager, departments[random.nextInt(departments.length)], 12 - d));
        }
        List<Participant> approved = new ArrayList<>();
        List<String> keys = new ArrayList<>(chart.keySet());
        java.util.Collections.shuffle(keys, random);
        List<String> mentees = keys.subList(0, 160);
        List<String> mentors = new ArrayList<>(keys.subList(150, 230)); // ten people enrol on both sides
        for (String mentee : mentees) {
            List<String> excluded = random.nextInt(4) == 0 ? List.of(mentors.get(random.nextInt(mentors.size())))
                    : List.of();
            approved.add(participant(mentee, ParticipantRole.MENTEE, 1, themes(random), excluded));
        }
        for (String mentor : mentors) {
            approved.add(participant(mentor, ParticipantRole.MENTOR, 1 + random.nextInt(3), themes(random),
                    List.of()));
        }

        InMemoryPairings pairings = new InMemoryPairings();
        OrgChartRepository orgChart = mock(OrgChartRepository.class);
        PairingRuns service = service(type, approved, chart, orgChart, pairings);
        service.run(7);
        verify(orgChart, times(1)).whole();
        Set<String> stagedPeople = new HashSet<>();
        pairings.all().forEach(p -> stagedPeople.addAll(List.of(p.menteeKey(), p.mentorKey())));
        clearInvocations(orgChart);
        service.publish(7);
        ArgumentCaptor<Collection<String>> asked = ArgumentCaptor.forClass(Collection.class);
        verify(orgChart, times(1)).snapshot(asked.capture());
        verify(orgChart, never()).whole();
        verify(orgChart, never()).findByUserKey(anyString());
        assertEquals(stagedPeople, Set.copyOf(asked.getValue()));

        Map<String, Participant> byKey = new HashMap<>();
        approved.forEach(p -> byKey.put(p.role() + ":" + p.userKey(), p));
        Map<String, Integer> load = new HashMap<>();
        Set<String> pairedMentees = new HashSet<>();
        List<Pairing> proposed = pairings.all();
        for (Pairing pairing : proposed) {
            assertEquals(PairingState.PROPOSED, pairing.state());
            String mentee = pairing.menteeKey();
            String mentor = pairing.mentorKey();
            assertFalse(mentee + " paired with themself", mentee.equals(mentor));
            assertFalse(mentor + " is in the line of authority of " + mentee,
                    managersAbove(chart, mentee).contains(mentor));
            assertFalse(mentee + " excluded " + mentor,
                    byKey.get("MENTEE:" + mentee).excludedUserKeys().contains(mentor));
            assertTrue(mentee + " paired twice", pairedMentees.add(mentee));
            load.merge(mentor, 1, Integer::sum);
            if (type == ProgrammeType.REVERSE) {
                assertTrue(mentor + " is not junior to " + mentee,
                        chart.get(mentor).level() < chart.get(mentee).level());
            }
            assertEquals(chart.get(mentee).managerKey(), pairing.managerKey());
        }
        load.forEach((mentor, count) -> assertTrue(mentor + " over capacity",
                count <= byKey.get("MENTOR:" + mentor).capacity()));
        return proposed.size();
    }

    /** The chain above a person, walked here so the check does not lean on the model under test. */
    private static List<String> managersAbove(Map<String, OrgPerson> chart, String key) {
        List<String> chain = new ArrayList<>();
        for (OrgPerson person = chart.get(key); person != null && person.managerKey() != null;
                person = chart.get(person.managerKey())) {
            chain.add(person.managerKey());
        }
        return chain;
    }

    private static List<Integer> themes(Random random) {
        Set<Integer> picked = new HashSet<>();
        int count = 1 + random.nextInt(3);
        while (picked.size() < count) {
            picked.add(1 + random.nextInt(8));
        }
        return List.copyOf(picked);
    }

    private static Participant participant(String key, ParticipantRole role, int capacity, List<Integer> themeIds,
            List<String> excluded) {
        return new Participant(0, 1, 7, key, role, themeIds, capacity, null, null, "en", null, List.of(), excluded,
                ParticipantState.APPROVED, "carol", NOW);
    }

    @SuppressWarnings("unchecked")
    private static PairingRuns service(ProgrammeType type, List<Participant> approved,
            Map<String, OrgPerson> chart, OrgChartRepository orgChart, InMemoryPairings pairings) {
        ProgrammeRepository programmes = mock(ProgrammeRepository.class);
        ParticipantRepository participants = mock(ParticipantRepository.class);
        LearningThemeRepository themes = mock(LearningThemeRepository.class);
        HostUsers users = mock(HostUsers.class);
        HostSpaces spaces = mock(HostSpaces.class);
        Coordinators coordinators = mock(Coordinators.class);
        TransactionTemplate transactions = mock(TransactionTemplate.class);
        Programme programme = new Programme(7, 1, "Generated", "GEN", type, null, null, null, 12, Cadence.MONTHLY,
                null, true, false, ProgrammePhase.MATCHING);
        when(transactions.execute(any())).thenAnswer(
                call -> pairings.inTransaction(((TransactionCallback<Object>) call.getArgument(0))::doInTransaction));
        when(programmes.findById(7)).thenReturn(Optional.of(programme));
        when(users.currentUserKey()).thenReturn(Optional.of("carol"));
        when(users.exists(anyString())).thenReturn(true);
        when(users.displayName(anyString())).thenAnswer(call -> call.getArgument(0));
        when(spaces.canView(anyString(), anyString())).thenReturn(true);
        when(coordinators.coordinates(org.mockito.ArgumentMatchers.eq("carol"), any())).thenReturn(true);
        List<LearningTheme> offered = new ArrayList<>();
        for (int id = 1; id <= 8; id++) {
            offered.add(new LearningTheme(id, 1, null, "c", "Theme " + id));
        }
        when(themes.findAvailableTo(7)).thenReturn(offered);
        when(participants.findByProgrammeAndState(7, ParticipantState.APPROVED)).thenReturn(approved);
        OrgChartStubs.answerFrom(orgChart, chart);
        ProgrammeGate gate = new ProgrammeGate(programmes, users, spaces, coordinators, transactions);
        return new PairingRuns(gate, programmes, participants, themes, orgChart, pairings, users,
                MatchingSettingsStub.defaults(), new MatchingEngine(), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
