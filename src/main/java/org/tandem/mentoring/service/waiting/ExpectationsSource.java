package org.tandem.mentoring.service.waiting;

import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.WaitingRepository;

/**
 * Hold the expectations meeting: an active pairing whose mentee's manager has not recorded one waits for the
 * manager (on the For managers page) and for the mentee (on the pairing page), since the pairing became active.
 */
@Named
public class ExpectationsSource extends AddressedSource {

    /** The manager's item. */
    public static final String KIND = "expectations";
    /** The mentee's item. */
    public static final String MENTEE_KIND = "expectations-mentee";

    private final WaitingRepository rows;
    private final HostUsers users;
    private final WaitingLinks links;

    public ExpectationsSource(ProgrammeRepository programmes, WaitingRepository rows, HostUsers users,
            WaitingLinks links) {
        super(programmes);
        this.rows = rows;
        this.users = users;
        this.links = links;
    }

    @Override
    List<Addressed> collect(String userKey, LocalDate today, Map<Integer, Programme> programmes) {
        List<WaitingRepository.PairingRow> active = rows.pairings("ACTIVE", userKey).stream()
                .filter(p -> p.managerKey() != null).toList();
        Set<String> held = Set.copyOf(rows.expectationsHeld(active.stream().map(WaitingRepository.PairingRow::id)
                .toList()));
        List<Addressed> out = new ArrayList<>();
        for (WaitingRepository.PairingRow p : active) {
            Programme programme = programmes.get(p.programmeId());
            if (programme == null || held.contains(p.id() + ":" + p.managerKey())) {
                continue;
            }
            String key = "expectations:" + p.id() + ":" + p.managerKey();
            LocalDate since = day(p.activeSince(), today);
            out.add(new Addressed(p.managerKey(), waiting(key, KIND, programme,
                    users.displayName(p.menteeKey()), links.managers(programme), since, false)));
            out.add(new Addressed(p.menteeKey(), waiting(key, MENTEE_KIND, programme,
                    users.displayName(p.managerKey()), links.page(p.homePageId(), programme), since, false)));
        }
        return out;
    }
}
