package org.tandem.mentoring.service.waiting;

import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.WaitingRepository;

/**
 * Accept and acknowledge: a proposed pairing waits for the mentee's and the mentor's acceptance and for the
 * mentee's manager's acknowledgement, on the programme's Pairings page.
 */
@Named
public class ConsentSource extends AddressedSource {

    private static final String PENDING = Consent.PENDING.name();

    private final WaitingRepository rows;
    private final HostUsers users;
    private final WaitingLinks links;

    public ConsentSource(ProgrammeRepository programmes, WaitingRepository rows, HostUsers users,
            WaitingLinks links) {
        super(programmes);
        this.rows = rows;
        this.users = users;
        this.links = links;
    }

    @Override
    List<Addressed> collect(String userKey, LocalDate today, Map<Integer, Programme> programmes) {
        List<Addressed> out = new ArrayList<>();
        for (WaitingRepository.PairingRow p : rows.pairings("PROPOSED", userKey)) {
            Programme programme = programmes.get(p.programmeId());
            if (programme == null) {
                continue;
            }
            String link = links.pairings(programme);
            if (PENDING.equals(p.menteeConsent())) {
                out.add(new Addressed(p.menteeKey(), waiting("accept:" + p.id() + ":mentee", "accept", programme,
                        users.displayName(p.mentorKey()), link, today, true)));
            }
            if (PENDING.equals(p.mentorConsent())) {
                out.add(new Addressed(p.mentorKey(), waiting("accept:" + p.id() + ":mentor", "accept", programme,
                        users.displayName(p.menteeKey()), link, today, true)));
            }
            if (PENDING.equals(p.managerConsent()) && p.managerKey() != null) {
                out.add(new Addressed(p.managerKey(), waiting("acknowledge:" + p.id() + ":" + p.managerKey(),
                        "acknowledge", programme, users.displayName(p.menteeKey()), link, today, true)));
            }
        }
        return out;
    }
}
