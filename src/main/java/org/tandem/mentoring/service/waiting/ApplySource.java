package org.tandem.mentoring.service.waiting;

import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.WaitingRepository;

/**
 * Apply: a programme whose enrolment is open, in a space the person can read, to which they have not applied. It
 * waits for everybody who can read the space, so the daily reminders leave it to the programme's own launch.
 */
@Named
public class ApplySource extends AddressedSource {

    private final WaitingRepository rows;
    private final HostSpaces spaces;
    private final WaitingLinks links;

    public ApplySource(ProgrammeRepository programmes, WaitingRepository rows, HostSpaces spaces, WaitingLinks links) {
        super(programmes);
        this.rows = rows;
        this.spaces = spaces;
        this.links = links;
    }

    @Override
    List<Addressed> collect(String userKey, LocalDate today, Map<Integer, Programme> programmes) {
        if (userKey == null) {
            return List.of();
        }
        Set<Integer> enrolled = Set.copyOf(rows.enrolledProgrammes(userKey));
        List<Addressed> out = new ArrayList<>();
        for (Programme programme : programmes.values()) {
            if (programme.phase() == ProgrammePhase.ENROLMENT_OPEN && !enrolled.contains(programme.id())
                    && spaces.canView(userKey, programme.spaceKey())) {
                out.add(new Addressed(userKey, waiting("apply:" + programme.id(), "apply", programme,
                        programme.name(), links.enrol(programme), today, false)));
            }
        }
        return out;
    }
}
