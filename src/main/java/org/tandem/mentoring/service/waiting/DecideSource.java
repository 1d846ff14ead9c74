package org.tandem.mentoring.service.waiting;

import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.programme.Coordinators;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.WaitingRepository;

/**
 * Decide: an application waiting for the applicant's direct manager (from the org chart), or for a coordinator of
 * its programme. Coordinators are known only by asking about a person, so the daily reminders name managers only;
 * coordinators read theirs on My mentoring.
 */
@Named
public class DecideSource extends AddressedSource {

    private final WaitingRepository rows;
    private final Coordinators coordinators;
    private final HostUsers users;
    private final WaitingLinks links;

    public DecideSource(ProgrammeRepository programmes, WaitingRepository rows, Coordinators coordinators,
            HostUsers users, WaitingLinks links) {
        super(programmes);
        this.rows = rows;
        this.coordinators = coordinators;
        this.users = users;
        this.links = links;
    }

    @Override
    List<Addressed> collect(String userKey, LocalDate today, Map<Integer, Programme> programmes) {
        List<Addressed> out = new ArrayList<>();
        for (WaitingRepository.Application a : rows.applications("AWAITING_MANAGER", userKey)) {
            Programme programme = programmes.get(a.programmeId());
            if (programme != null && a.managerKey() != null && !a.managerKey().equals(a.userKey())) {
                out.add(new Addressed(a.managerKey(), waiting("decide:" + a.id() + ":manager", "decide", programme,
                        users.displayName(a.userKey()), links.enrol(programme), today, true)));
            }
        }
        if (userKey != null) {
            for (WaitingRepository.Application a : rows.applications("AWAITING_COORDINATOR", null)) {
                Programme programme = programmes.get(a.programmeId());
                if (programme != null && !a.userKey().equals(userKey)
                        && coordinators.coordinates(userKey, programme)) {
                    out.add(new Addressed(userKey, waiting("decide:" + a.id() + ":coordinator", "decide", programme,
                            users.displayName(a.userKey()), links.enrol(programme), today, true)));
                }
            }
        }
        return out;
    }
}
