package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/** The plugin hears the host's user events in the sandbox as it would in Confluence. */
public class PluginUserEventsTest {

    private static final Set<ParticipantState> OPEN = EnumSet.of(ParticipantState.APPLIED,
            ParticipantState.AWAITING_MANAGER, ParticipantState.AWAITING_COORDINATOR, ParticipantState.APPROVED);

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("user-events");

    @Test
    public void deactivation_shouldWithdrawThePersonsOpenApplications() {
        ParticipantRepository participants = new ParticipantRepository(sandbox.get().activeObjects());
        int programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoData.SPACE)
                .orElseThrow().id();
        Participant open = participants.findByProgramme(programmeId).stream()
                .filter(p -> OPEN.contains(p.state()))
                .findFirst().orElseThrow();

        sandbox.get().deactivate(open.userKey());

        Participant after = participants.findById(open.id()).orElseThrow();
        assertEquals(ParticipantState.WITHDRAWN, after.state());
        assertTrue(participants.findByUser(open.userKey()).stream().noneMatch(p -> OPEN.contains(p.state())));
    }

    @Test
    public void removal_shouldWithdrawThePersonAndTakeThemOutOfTheOrgChart() {
        Participant open = anOpenParticipant(0);

        sandbox.get().remove(open.userKey());

        assertEquals(ParticipantState.WITHDRAWN, participants().findById(open.id()).orElseThrow().state());
        assertTrue(new OrgChartRepository(sandbox.get().activeObjects()).findByUserKey(open.userKey()).isEmpty());
    }

    @Test
    public void deletionByDirectorySynchronisation_shouldBeHeardThroughCrowdsEventAlone() {
        Participant open = anOpenParticipant(1);

        sandbox.get().deleteFromDirectory(open.userKey());

        assertEquals(ParticipantState.WITHDRAWN, participants().findById(open.id()).orElseThrow().state());
        assertTrue(new OrgChartRepository(sandbox.get().activeObjects()).findByUserKey(open.userKey()).isEmpty());
    }

    @Test
    public void batchDeletionByDirectorySynchronisation_shouldWithdrawEveryoneInTheBatch() {
        Participant first = anOpenParticipant(3);
        Participant second = anOpenParticipant(4);

        sandbox.get().deleteFromDirectory(List.of(first.userKey(), second.userKey()));

        for (Participant gone : List.of(first, second)) {
            assertEquals(ParticipantState.WITHDRAWN, participants().findById(gone.id()).orElseThrow().state());
            assertTrue(new OrgChartRepository(sandbox.get().activeObjects()).findByUserKey(gone.userKey()).isEmpty());
        }
    }

    private ParticipantRepository participants() {
        return new ParticipantRepository(sandbox.get().activeObjects());
    }

    /** An open participant who is the only enrolment of their person, skipping the first {@code skip}. */
    private Participant anOpenParticipant(int skip) {
        int programmeId = new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(DemoData.SPACE)
                .orElseThrow().id();
        return participants().findByProgramme(programmeId).stream()
                .filter(p -> OPEN.contains(p.state()))
                .filter(p -> !sandbox.get().users().isDeactivated(p.userKey()))
                .filter(p -> new OrgChartRepository(sandbox.get().activeObjects()).findByUserKey(p.userKey())
                        .isPresent())
                .skip(skip + 2)
                .findFirst().orElseThrow();
    }
}
