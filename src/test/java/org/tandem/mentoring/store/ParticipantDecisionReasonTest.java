package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

/** The reason kept with the last decision on an application. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class ParticipantDecisionReasonTest {

    private static final Instant DECIDED = Instant.parse("2027-03-04T10:15:30Z");

    private EntityManager entityManager;
    private ParticipantRepository participants;
    private Participant mia;
    private Participant noah;

    @Before
    public void setUp() {
        ActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        participants = new ParticipantRepository(ao);
        int programmeId = new ProgrammeRepository(ao)
                .create(Programme.draft("Leaders", "LEAD", ProgrammeType.ONE_TO_ONE)).id();
        mia = participants.create(Participant.apply(programmeId, "mia", ParticipantRole.MENTEE, List.of())
                .withDecision(ParticipantState.AWAITING_MANAGER, "mia", DECIDED));
        noah = participants.create(Participant.apply(programmeId, "noah", ParticipantRole.MENTEE, List.of()));
    }

    @Test
    public void decide_shouldKeepTheReasonWithTheDecision() {
        Participant declined = participants.decide(mia.id(), mia.version(), ParticipantState.DECLINED, "boss",
                DECIDED, "Busy quarter");

        assertEquals(ParticipantState.DECLINED, declined.state());
        assertEquals("boss", declined.decidedBy());
        assertEquals(mia.version() + 1, declined.version());
        assertEquals(Map.of(mia.id(), "Busy quarter"), participants.findDecisionReasons(List.of(mia.id(), noah.id())));
    }

    @Test
    public void decide_shouldReplaceTheReasonOfTheDecisionBefore() {
        Participant approved = participants.decide(mia.id(), mia.version(), ParticipantState.AWAITING_COORDINATOR,
                "boss", DECIDED, "Go for it");
        participants.decide(approved.id(), approved.version(), ParticipantState.APPROVED, "carol", DECIDED);

        assertEquals(Map.of(), participants.findDecisionReasons(List.of(mia.id())));
    }

    @Test
    public void update_shouldLeaveTheReasonAlone() {
        Participant declined = participants.decide(mia.id(), mia.version(), ParticipantState.DECLINED, "boss",
                DECIDED, "Busy quarter");

        participants.update(declined.withStatement(null, "New goals", null, null));

        assertEquals(Map.of(mia.id(), "Busy quarter"), participants.findDecisionReasons(List.of(mia.id())));
    }

    @Test
    public void decide_shouldRefuseAReasonThatIsTooLong() {
        StoreValidationException e = assertThrows(StoreValidationException.class, () -> participants.decide(
                mia.id(), mia.version(), ParticipantState.DECLINED, "boss", DECIDED,
                "x".repeat(StoreLimits.LONG_TEXT + 1)));

        assertEquals("participant.decisionReason", e.field());
        assertEquals(Map.of(), participants.findDecisionReasons(List.of(mia.id())));
    }

    @Test
    public void findDecisionReasons_shouldAnswerForNoIdsAtAll() {
        assertEquals(Map.of(), participants.findDecisionReasons(List.of()));
    }
}
