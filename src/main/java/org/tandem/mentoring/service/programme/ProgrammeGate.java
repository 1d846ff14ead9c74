package org.tandem.mentoring.service.programme;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.PageLookups;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.MentorCapacityException;
import org.tandem.mentoring.store.MentorSeatContentionException;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.RecordNotFoundException;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

/**
 * What every programme use case starts with: who is asking, which programmes they may see or coordinate, and a
 * transaction whose store refusals come back as the caller's refusals. Each area keeps its own words: the refusals
 * to throw are passed in.
 */
@Named
public class ProgrammeGate {

    private final ProgrammeRepository programmes;
    private final HostUsers users;
    private final HostSpaces spaces;
    private final Coordinators coordinators;
    private final TransactionTemplate transactions;

    public ProgrammeGate(ProgrammeRepository programmes, HostUsers users, HostSpaces spaces,
            Coordinators coordinators, TransactionTemplate transactions) {
        this.programmes = programmes;
        this.users = users;
        this.spaces = spaces;
        this.coordinators = coordinators;
        this.transactions = transactions;
    }

    /** The signed-in person, if any. */
    public Optional<String> viewer() {
        return users.currentUserKey();
    }

    /** The signed-in person; {@code forbiddenKey} as a refusal for anybody who is not signed in. */
    public String signedIn(String forbiddenKey) {
        return users.currentUserKey().orElseThrow(() -> new Refusal.Forbidden(forbiddenKey));
    }

    public boolean coordinates(String viewer, Programme programme) {
        return coordinators.coordinates(viewer, programme);
    }

    /** Whether the viewer may see the programme: its space is theirs to view, or they coordinate it. */
    public boolean canSee(String viewer, Programme programme) {
        return canViewSpace(viewer, Coordinators.spaceOf(spaces, programme)) || coordinators.coordinates(viewer, programme);
    }

    /** Whether the viewer may see the space at all; nobody signed in sees what anonymous users may. */
    public boolean canViewSpace(String viewer, String spaceKey) {
        return spaceKey != null && spaces.canView(viewer, spaceKey);
    }

    /** The programme, if the viewer may see it; otherwise {@code notFound}, as if it did not exist. */
    public Programme visible(int programmeId, String viewer, Supplier<? extends Refusal> notFound) {
        return programmes.findById(programmeId).filter(p -> canSee(viewer, p)).orElseThrow(notFound);
    }

    /**
     * A programme the viewer coordinates: {@code notFound} if they cannot see it, {@code notCoordinator} if they
     * only see it.
     */
    public Programme coordinated(int programmeId, String viewer, Supplier<? extends Refusal> notFound,
            String notCoordinator) {
        Programme programme = visible(programmeId, viewer, notFound);
        if (!coordinators.coordinates(viewer, programme)) {
            throw new Refusal.Forbidden(notCoordinator);
        }
        return programme;
    }

    /**
     * Runs {@code work} in one transaction. What the store refuses (a stale version, a missing row, a value it
     * will not keep, a full mentor) comes back through {@code translate} as the caller's refusal; a lost race for
     * a mentor's place is passed on untouched, for the caller to run again.
     */
    public <T> T inTransaction(Supplier<T> work, Function<RuntimeException, Refusal> translate) {
        try {
            return transactions.execute(work::get);
        } catch (MentorSeatContentionException e) {
            throw e;
        } catch (StaleVersionException | RecordNotFoundException | StoreValidationException
                | MentorCapacityException e) {
            throw translate.apply(e);
        }
    }

    /** The programme of a space, if there is one and the viewer may view the space. */
    public Optional<Programme> inSpace(String spaceKey, String viewer) {
        return PageLookups.remembered(new SpaceProgramme(spaceKey, viewer), () -> canViewSpace(viewer, spaceKey)
                ? programmes.findBySpace(spaceKey, spaces.idOf(spaceKey)) : Optional.empty());
    }

    /** The question {@link #inSpace} answers, as the macros of one page view share it. */
    private record SpaceProgramme(String spaceKey, String viewer) {
    }

    /** The programme, if its space is the viewer's to view: unlike {@link #visible}, coordinating it is not enough. */
    public Optional<Programme> inViewableSpace(int programmeId, String viewer) {
        return programmes.findById(programmeId).filter(p -> canViewSpace(viewer, Coordinators.spaceOf(spaces, p)));
    }

    /** Runs {@code work} in one transaction; whatever the store refuses passes on untouched. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(work::get);
    }

    /** A text as a person meant it: stripped, and null when blank. */
    public static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
