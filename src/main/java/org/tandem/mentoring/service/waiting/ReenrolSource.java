package org.tandem.mentoring.service.waiting;

import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.RerunRepository;

/**
 * Enrol again: a programme run again has opened enrolment, and a mentor of the programme it was made from (approved
 * there) has not applied to it yet. It waits until they apply or enrolment closes. It is an invitation, not a
 * decision: the daily reminders mail it once, unless the person turned reminders off.
 */
@Named
public class ReenrolSource extends AddressedSource {

    public static final String KIND = "reenrol";

    private final RerunRepository reruns;
    private final ParticipantRepository participants;
    private final HostSpaces spaces;
    private final WaitingLinks links;

    public ReenrolSource(ProgrammeRepository programmes, RerunRepository reruns, ParticipantRepository participants,
            HostSpaces spaces, WaitingLinks links) {
        super(programmes);
        this.reruns = reruns;
        this.participants = participants;
        this.spaces = spaces;
        this.links = links;
    }

    @Override
    List<Addressed> collect(String userKey, LocalDate today, Map<Integer, Programme> programmes) {
        List<RerunRepository.Rerun> open = reruns.all().stream().filter(r -> {
            Programme fresh = programmes.get(r.programmeId());
            return fresh != null && fresh.phase() == ProgrammePhase.ENROLMENT_OPEN
                    && programmes.containsKey(r.previousId());
        }).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Set<Integer> ids = new LinkedHashSet<>();
        open.forEach(r -> {
            ids.add(r.previousId());
            ids.add(r.programmeId());
        });
        Set<String> mentored = new HashSet<>();
        Set<String> applied = new HashSet<>();
        for (Participant p : participants.findByProgrammes(ids)) {
            if (p.role() == ParticipantRole.MENTOR && p.state() == ParticipantState.APPROVED) {
                mentored.add(p.programmeId() + "\n" + p.userKey());
            }
            applied.add(p.programmeId() + "\n" + p.userKey());
        }
        List<Addressed> out = new ArrayList<>();
        for (RerunRepository.Rerun rerun : open) {
            Programme previous = programmes.get(rerun.previousId());
            Programme fresh = programmes.get(rerun.programmeId());
            Set<String> invited = new LinkedHashSet<>();
            for (String entry : mentored) {
                String[] parts = entry.split("\n", 2);
                if (Integer.parseInt(parts[0]) == previous.id() && (userKey == null || userKey.equals(parts[1]))) {
                    invited.add(parts[1]);
                }
            }
            for (String person : invited) {
                if (!applied.contains(fresh.id() + "\n" + person) && spaces.canView(person, fresh.spaceKey())) {
                    out.add(new Addressed(person, waiting(KIND + ":" + fresh.id(), KIND, fresh, previous.name(),
                            links.enrol(fresh), day(rerun.createdAt().toEpochMilli(), today), false)));
                }
            }
        }
        return out;
    }
}
