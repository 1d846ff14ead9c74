package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.DatabaseProvider;
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
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class ParticipantRepositoryTest {

    private static final Instant DECIDED = Instant.parse("2027-03-04T10:15:30Z");

    private EntityManager entityManager;
    private ActiveObjects ao;
    private ParticipantRepository participants;
    private int programmeId;
    private int delegating;
    private int conflict;
    private int otherProgrammesTheme;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        participants = new ParticipantRepository(ao);
        ProgrammeRepository programmes = new ProgrammeRepository(ao);
        LearningThemeRepository themes = new LearningThemeRepository(ao);
        programmeId = programmes.create(Programme.draft("Leaders", "LEAD", ProgrammeType.ONE_TO_ONE)).id();
        int otherProgramme = programmes.create(Programme.draft("Other", "OTHER", ProgrammeType.PEER)).id();
        delegating = themes.create(LearningTheme.of(null, "struggling", "Delegating")).id();
        conflict = themes.create(LearningTheme.of(programmeId, "struggling", "Fear of conflict")).id();
        otherProgrammesTheme = themes.create(LearningTheme.of(otherProgramme, "x", "Elsewhere")).id();
    }

    private Participant mentee(String userKey) {
        return Participant.apply(programmeId, userKey, ParticipantRole.MENTEE, List.of(delegating, conflict));
    }

    @Test
    public void create_shouldRoundTripEveryField() {
        Participant mentor = Participant.apply(programmeId, "u-mentor", ParticipantRole.MENTOR, List.of(conflict))
                .withCapacity(3)
                .withStatement("I was helped once", "Two mentees through their first year", "de",
                        "Tuesday mornings")
                .withPeople(List.of("u-a", "u-b"), List.of("u-boss"));

        Participant created = participants.create(mentor);

        assertEquals(1, created.version());
        Participant read = participants.findById(created.id()).orElseThrow();
        assertEquals(created, read);
        assertEquals(programmeId, read.programmeId());
        assertEquals("u-mentor", read.userKey());
        assertEquals(ParticipantRole.MENTOR, read.role());
        assertEquals(List.of(conflict), read.themeIds());
        assertEquals(3, read.capacity());
        assertEquals("I was helped once", read.motivation());
        assertEquals("Two mentees through their first year", read.goals());
        assertEquals("de", read.language());
        assertEquals("Tuesday mornings", read.availability());
        assertEquals(List.of("u-a", "u-b"), read.preferredUserKeys());
        assertEquals(List.of("u-boss"), read.excludedUserKeys());
        assertEquals(ParticipantState.APPLIED, read.state());
        assertNull(read.decidedBy());
        assertNull(read.decidedAt());
    }

    @Test
    public void create_shouldRefuseASecondEnrolmentInTheSameRole() {
        Participant first = participants.create(mentee("u-1"));

        StoreValidationException refused = assertThrows(StoreValidationException.class,
                () -> participants.create(mentee("u-1")));
        participants.decide(first.id(), 1, ParticipantState.WITHDRAWN, "u-1", DECIDED);
        participants.create(Participant.apply(programmeId, "u-1", ParticipantRole.MENTOR, List.of()));

        assertEquals(StoreValidationException.Problem.DUPLICATE, refused.problem());
        assertEquals(2, ao.count(ParticipantEntity.class));
        assertEquals(2, ao.count(ParticipantThemeEntity.class));
    }

    @Test
    public void create_shouldRefuseAThemeOfAnotherProgrammeAndWriteNothing() {
        StoreValidationException refused = assertThrows(StoreValidationException.class, () -> participants.create(
                Participant.apply(programmeId, "u-1", ParticipantRole.MENTEE, List.of(delegating, otherProgrammesTheme))));

        assertEquals("participant.themeIds", refused.field());
        assertEquals(0, ao.count(ParticipantEntity.class));
        assertEquals(0, ao.count(ParticipantThemeEntity.class));
    }

    @Test
    public void create_shouldRefuseOverLongOrMissingValuesAndWriteNothing() {
        StoreValidationException longKey = assertThrows(StoreValidationException.class,
                () -> participants.create(mentee("k".repeat(256))));
        StoreValidationException longExcluded = assertThrows(StoreValidationException.class,
                () -> participants.create(mentee("u-1").withPeople(List.of(), List.of("k".repeat(256)))));
        StoreValidationException noRole = assertThrows(StoreValidationException.class,
                () -> participants.create(Participant.apply(programmeId, "u-1", null, List.of())));
        StoreValidationException noProgramme = assertThrows(StoreValidationException.class,
                () -> participants.create(Participant.apply(999999, "u-1", ParticipantRole.MENTEE, List.of())));

        assertEquals("participant.userKey", longKey.field());
        assertEquals(StoreValidationException.Problem.TOO_LONG, longKey.problem());
        assertEquals("participant.excludedUserKeys", longExcluded.field());
        assertEquals("participant.role", noRole.field());
        assertEquals(StoreValidationException.Problem.MISSING, noRole.problem());
        assertEquals("participant.programmeId", noProgramme.field());
        assertEquals(0, ao.count(ParticipantEntity.class));
    }

    @Test
    public void decide_shouldRecordTheNewStateWhoDecidedAndWhen() {
        Participant applied = participants.create(mentee("u-1"));

        Participant waiting = participants.decide(applied.id(), 1, ParticipantState.AWAITING_MANAGER, "u-mgr",
                DECIDED);

        assertEquals(2, waiting.version());
        assertEquals(ParticipantState.AWAITING_MANAGER, waiting.state());
        assertEquals("u-mgr", waiting.decidedBy());
        assertEquals(DECIDED, waiting.decidedAt());
        assertEquals(List.of(delegating, conflict), waiting.themeIds());
    }

    @Test
    public void decide_shouldRefuseAStaleVersionOrAForbiddenMoveAndChangeNothing() {
        Participant applied = participants.create(mentee("u-1"));
        Participant declined = participants.decide(applied.id(), 1, ParticipantState.DECLINED, "u-coord", DECIDED);

        assertThrows(StaleVersionException.class, () -> participants.decide(applied.id(), 1,
                ParticipantState.APPROVED, "u-coord", DECIDED));
        StoreValidationException forbidden = assertThrows(StoreValidationException.class,
                () -> participants.decide(applied.id(), 2, ParticipantState.APPROVED, "u-coord", DECIDED));

        assertEquals("participant.state", forbidden.field());
        assertEquals(declined, participants.findById(applied.id()).orElseThrow());
    }

    @Test
    public void update_shouldReplaceThemesAndKeepProgrammeUserAndRole() {
        Participant created = participants.create(mentee("u-1"));

        Participant updated = participants.update(created.withThemes(List.of(conflict)).withCapacity(1)
                .withStatement("new motivation", null, "fr", null)
                .withDecision(ParticipantState.APPROVED, "u-self", DECIDED));

        assertEquals(2, updated.version());
        assertEquals(List.of(conflict), updated.themeIds());
        assertEquals("new motivation", updated.motivation());
        assertEquals("fr", updated.language());
        assertEquals("u-1", updated.userKey());
        assertEquals(ParticipantState.APPLIED, updated.state());
        assertNull(updated.decidedBy());
        assertEquals(1, ao.count(ParticipantThemeEntity.class));
    }

    @Test
    public void update_shouldRefuseAStaleVersionAndKeepTheOldThemes() {
        Participant created = participants.create(mentee("u-1"));
        participants.update(created.withCapacity(1));

        assertThrows(StaleVersionException.class, () -> participants.update(created.withThemes(List.of())));

        assertEquals(List.of(delegating, conflict), participants.findById(created.id()).orElseThrow().themeIds());
    }

    @Test
    public void findByProgramme_shouldLoadAllParticipantsAndThemesInTwoQueries() {
        for (int i = 0; i < 60; i++) {
            participants.create(mentee("u-" + i));
        }
        List<String> statements = new ArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        entityManager.getProvider().addSqlListener(listener);
        List<Participant> all;
        try {
            all = participants.findByProgramme(programmeId);
            all.forEach(participant -> participant.themeIds().size());
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }

        assertEquals(60, all.size());
        assertTrue(all.stream().allMatch(p -> p.themeIds().equals(List.of(delegating, conflict))));
        assertEquals(statements.toString(), 2, statements.size());
    }

    @Test
    public void findByProgrammeAndState_shouldReadTheThemesOfManyInOneQueryAndKeepTheirOrder() {
        int others = new ProgrammeRepository(ao).create(Programme.draft("Others", "OTH", ProgrammeType.ONE_TO_ONE))
                .id();
        participants.create(Participant.apply(others, "u-0", ParticipantRole.MENTEE, List.of(delegating)));
        for (int i = 0; i < 510; i++) {
            participants.create(Participant.apply(programmeId, "u-" + i, ParticipantRole.MENTEE,
                    i % 2 == 0 ? List.of(conflict, delegating) : List.of(delegating)));
        }
        List<String> statements = new ArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        entityManager.getProvider().addSqlListener(listener);
        List<Participant> applied;
        try {
            applied = participants.findByProgrammeAndState(programmeId, ParticipantState.APPLIED);
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }

        assertEquals(510, applied.size());
        for (int i = 0; i < 510; i++) {
            assertEquals("u-" + i, applied.get(i).userKey());
            assertEquals(i % 2 == 0 ? List.of(conflict, delegating) : List.of(delegating), applied.get(i).themeIds());
        }
        assertEquals(statements.toString(), 2, statements.size());
    }

    @Test
    public void finders_shouldSelectByStateRoleAndUser() {
        Participant a = participants.create(mentee("u-a"));
        Participant b = participants.create(mentee("u-b"));
        participants.decide(a.id(), 1, ParticipantState.WITHDRAWN, "u-a", DECIDED);
        Participant mentor = participants.create(
                Participant.apply(programmeId, "u-a", ParticipantRole.MENTOR, List.of()).withCapacity(2));
        participants.decide(b.id(), 1, ParticipantState.APPROVED, "u-coord", DECIDED);

        assertEquals(List.of(b.id()), ids(participants.findByProgrammeAndState(programmeId,
                ParticipantState.APPROVED)));
        assertEquals(List.of(mentor.id()), ids(participants.findByProgrammeAndRole(programmeId,
                ParticipantRole.MENTOR)));
        assertEquals(List.of(a.id(), mentor.id()), ids(participants.findByUser("u-a")));
        assertEquals(List.of(a.id(), b.id(), mentor.id()), ids(participants.findByUsers(List.of("u-b", "u-a",
                "u-a", "u-none"))));
        assertTrue(participants.findByUsers(List.of()).isEmpty());
        assertEquals(a.id(), participants.find(programmeId, "u-a", ParticipantRole.MENTEE).orElseThrow().id());
        assertTrue(participants.find(programmeId, "u-b", ParticipantRole.MENTOR).isEmpty());
    }

    @Test
    public void finders_shouldSelectOnePersonOrATeamWithinTheProgramme() {
        int other = new ProgrammeRepository(ao).create(Programme.draft("Third", "THIRD", ProgrammeType.ONE_TO_ONE)).id();
        Participant a = participants.create(mentee("u-a"));
        Participant b = participants.create(mentee("u-b"));
        participants.create(mentee("u-c"));
        participants.create(Participant.apply(other, "u-a", ParticipantRole.MENTEE, List.of(delegating)));
        participants.decide(a.id(), 1, ParticipantState.WITHDRAWN, "u-a", DECIDED);
        Participant mentor = participants.create(
                Participant.apply(programmeId, "u-a", ParticipantRole.MENTOR, List.of(conflict)).withCapacity(2));
        participants.decide(b.id(), 1, ParticipantState.AWAITING_MANAGER, "u-b", DECIDED);
        participants.decide(mentor.id(), 1, ParticipantState.APPROVED, "u-coord", DECIDED);

        List<Participant> mine = participants.findByProgrammeAndUser(programmeId, "u-a");
        assertEquals(List.of(a.id(), mentor.id()), ids(mine));
        assertEquals("themes come along", List.of(delegating, conflict), mine.get(0).themeIds());
        assertTrue(participants.findByProgrammeAndUser(programmeId, "u-none").isEmpty());
        assertEquals(List.of(b.id()), ids(participants.findByProgrammeStateAndUsers(programmeId,
                ParticipantState.AWAITING_MANAGER, List.of("u-a", "u-b", "u-c"))));
        assertEquals(List.of(a.id()), ids(participants.findByProgrammeStateAndUsers(programmeId,
                ParticipantState.WITHDRAWN, List.of("u-b", "u-a"))));
        assertTrue(participants.findByProgrammeStateAndUsers(programmeId, ParticipantState.APPLIED, List.of())
                .isEmpty());
        assertEquals(List.of("u-a"), participants.findUserKeys(programmeId, ParticipantRole.MENTOR,
                ParticipantState.APPROVED));
        assertEquals(List.of("u-c"), participants.findUserKeys(programmeId, ParticipantRole.MENTEE,
                ParticipantState.APPLIED));
    }

    private static List<Integer> ids(List<Participant> list) {
        return list.stream().map(Participant::id).toList();
    }

    @Test
    public void counts_shouldSummariseStatesAndThemesForDashboards() {
        Participant a = participants.create(mentee("u-a"));
        participants.create(mentee("u-b"));
        Participant c = participants.create(mentee("u-c"));
        participants.create(Participant.apply(programmeId, "u-m", ParticipantRole.MENTOR, List.of(conflict)));
        participants.decide(a.id(), 1, ParticipantState.APPROVED, "u-coord", DECIDED);
        participants.decide(c.id(), 1, ParticipantState.WITHDRAWN, "u-c", DECIDED);

        assertEquals(java.util.Map.of(ParticipantState.APPLIED, 2, ParticipantState.APPROVED, 1,
                ParticipantState.WITHDRAWN, 1), participants.countByState(programmeId));
        assertEquals(java.util.Map.of(delegating, 2, conflict, 2),
                participants.countByTheme(programmeId, ParticipantRole.MENTEE));
        assertEquals(java.util.Map.of(conflict, 1), participants.countByTheme(programmeId, ParticipantRole.MENTOR));
    }
}
