package org.tandem.mentoring.store;

import static org.junit.Assert.assertEquals;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;

@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class AoPairingStoreTest extends PairingStoreContract {

    private EntityManager entityManager;
    private ActiveObjects ao;

    @Override
    protected PairingStore newStore() {
        ao = new EntityManagerActiveObjects(entityManager);
        return new AoPairingStore(ao);
    }

    @Override
    protected int newProgramme() {
        return new ProgrammeRepository(ao).create(Programme.draft("Pairs " + System.nanoTime(),
                "P" + System.nanoTime(), ProgrammeType.ONE_TO_ONE)).id();
    }

    @Test
    public void reserveSeats_shouldCreateOnceAndFollowTheCapacity() {
        pairings.reserveSeats(programmeId, Map.of("olga", 1));
        pairings.reserveSeats(programmeId, Map.of("olga", 2));
        accept(propose(staged("mia", "olga")), "mia");
        accept(propose(staged("noah", "olga")), "noah");

        assertEquals(1, ao.count(MentorSeatEntity.class, MentorSeatEntity.PROGRAMME_ID + " = ?", programmeId));
        assertEquals(2, pairings.seatsTaken(programmeId, "olga"));
    }

    /**
     * Fifty mentees, each with every other consent in, all accepted by the same mentor at once from fifty threads:
     * the mentor has three places, so exactly three pairings become active and the others are refused.
     */
    @Test
    @NonTransactional
    public void save_shouldNeverFillMoreThanTheMentorsPlacesUnderFiftyConcurrentAccepts() throws Exception {
        int mentees = 50;
        pairings.reserveSeats(programmeId, Map.of("popular", 3));
        List<Pairing> waiting = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            Pairing proposed = propose(staged("mentee-" + i, "popular"));
            waiting.add(pairings.save(proposed.withConsent(Party.MENTEE, Consent.GIVEN, null, null),
                    PairingEventType.MENTEE_ACCEPTED, "mentee-" + i, RUN, null));
        }
        ExecutorService threads = Executors.newFixedThreadPool(mentees);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (Pairing pairing : waiting) {
                outcomes.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        pairings.save(pairing.withConsent(Party.MENTOR, Consent.GIVEN, null, null)
                                .decidedBy("popular", LATER), PairingEventType.MENTOR_ACCEPTED, "popular", LATER,
                                null);
                        return "active";
                    } catch (MentorCapacityException full) {
                        return "full";
                    } catch (StaleVersionException lost) {
                        return "stale";
                    }
                }));
            }
            start.countDown();
            int active = 0;
            int full = 0;
            for (Future<String> outcome : outcomes) {
                String result = outcome.get(120, TimeUnit.SECONDS);
                active += result.equals("active") ? 1 : 0;
                full += result.equals("full") ? 1 : 0;
            }
            assertEquals(3, active);
            assertEquals(mentees - 3, full);
        } finally {
            threads.shutdownNow();
        }
        List<Pairing> after = pairings.findByProgramme(programmeId);
        assertEquals(3, after.stream().filter(p -> p.state() == PairingState.ACTIVE).count());
        assertEquals(3, after.stream().filter(p -> p.mentorConsent() == Consent.GIVEN).count());
        assertEquals(3, pairings.seatsTaken(programmeId, "popular"));
        assertEquals(3, pairings.findProgrammeEvents(programmeId).stream()
                .filter(e -> e.type() == PairingEventType.ACTIVATED).count());
    }
}
