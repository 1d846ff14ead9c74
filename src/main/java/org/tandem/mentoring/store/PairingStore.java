package org.tandem.mentoring.store;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.PairingState;

/**
 * Pairings, their decision log and the mentors' places.
 *
 * <p>Every write records a {@link PairingEvent} (who, when, what, why). Changes to a stored pairing are conditional
 * on the version the caller read ({@link StaleVersionException} otherwise). A pairing that becomes
 * {@link PairingState#ACTIVE} takes one of its mentor's places and an active pairing that ends gives it back; when
 * every place is taken the step fails with {@link MentorCapacityException}. A write that fails writes nothing.
 */
public interface PairingStore {

    /**
     * Replaces the staged pairings of a programme with {@code staged} (a new matching run) and logs each as
     * {@link PairingEventType#STAGED}. Pairings in any other state stay.
     *
     * @return the staged pairings of the programme as stored, oldest first
     */
    default List<Pairing> replaceStaged(int programmeId, List<Pairing> staged, String actorKey, Instant at) {
        return replaceStaged(programmeId, staged, Set.of(), actorKey, at);
    }

    /**
     * Like {@link #replaceStaged(int, List, String, Instant)}, but the staged pairings with an id in {@code keep}
     * stay as they are (and are not logged again).
     */
    List<Pairing> replaceStaged(int programmeId, List<Pairing> staged, Set<Integer> keep, String actorKey,
            Instant at);

    /** Stores a new staged pairing (a coordinator's own pair) and logs it with {@code type} and {@code detail}. */
    Pairing stage(Pairing pairing, PairingEventType type, String actorKey, Instant at, String detail);

    /** Deletes a staged pairing still at {@code expectedVersion} and logs {@link PairingEventType#REMOVED}. */
    void removeStaged(int id, int expectedVersion, String actorKey, Instant at, String detail);

    /**
     * Writes {@code changed} if the stored pairing is still at {@code changed.version()} and the state move is
     * allowed; logs {@code type} (and {@link PairingEventType#ACTIVATED} when the pairing becomes active). Programme
     * and mentee never change, nor does the mentor once the pairing is published. Becoming active takes a place of
     * the mentor; ending gives it back.
     *
     * @throws MentorCapacityException when the pairing would become active and the mentor has no free place
     */
    Pairing save(Pairing changed, PairingEventType type, String actorKey, Instant at, String detail);

    /** Adds one entry to the decision log (for steps that change no pairing, such as a skipped manager). */
    void log(int programmeId, int pairingId, PairingEventType type, String actorKey, Instant at, String detail);

    /**
     * Sets how many places each mentor has in a programme. A capacity below the places already taken keeps the
     * taken ones (nobody is pushed out) and takes no more.
     */
    void reserveSeats(int programmeId, Map<String, Integer> capacityByMentor);

    Optional<Pairing> findById(int id);

    /** Every pairing of a programme, oldest first. */
    List<Pairing> findByProgramme(int programmeId);

    /** The pairings of a programme in one of {@code states}, oldest first. */
    List<Pairing> findByProgrammeAndStates(int programmeId, Set<PairingState> states);

    /**
     * The staged pairings of a programme that a coordinator added by hand (logged {@link PairingEventType#ADDED}),
     * oldest first: what a new matching run keeps unless told to discard them.
     */
    default List<Pairing> findStagedByHand(int programmeId) {
        Set<Integer> added = new HashSet<>();
        for (PairingEvent event : findProgrammeEvents(programmeId)) {
            if (event.type() == PairingEventType.ADDED) {
                added.add(event.pairingId());
            }
        }
        return findByProgrammeAndStates(programmeId, EnumSet.of(PairingState.STAGED)).stream()
                .filter(p -> added.contains(p.id())).toList();
    }

    /** Pairings of a person as mentee or mentor, in every programme, oldest first. */
    List<Pairing> findByPerson(String userKey);

    /** Pairings whose mentee is one of {@code menteeKeys}, in every programme, oldest first. */
    List<Pairing> findByMentees(Collection<String> menteeKeys);

    /** Published pairings whose mentee had this person as direct manager when they were published. */
    List<Pairing> findByManager(String managerKey);

    /** Every proposed pairing whose sponsor has not answered yet, by programme, then oldest first. */
    /** Proposed pairings whose manager has not acknowledged them yet, across programmes. */
    List<Pairing> findWaitingForManager();

    List<Pairing> findWaitingForSponsor();

    /** The decision log of one pairing, oldest first. */
    List<PairingEvent> findEvents(int pairingId);

    /** The decision log of a programme's pairings, oldest first. */
    List<PairingEvent> findProgrammeEvents(int programmeId);

    /** Places taken by active pairings of a mentor in a programme, or 0 when none were reserved. */
    int seatsTaken(int programmeId, String mentorKey);
}
