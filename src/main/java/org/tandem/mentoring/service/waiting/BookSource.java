package org.tandem.mentoring.service.waiting;

import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.WaitingRepository;

/**
 * Book the next session: an active pairing with no session planned waits for its mentee and mentor, on the
 * pairing page, from the day its next session is due (one cadence after its last session, or after it became
 * active); a pair that books ahead is never asked.
 */
@Named
public class BookSource extends AddressedSource {

    private final WaitingRepository rows;
    private final HostUsers users;
    private final WaitingLinks links;

    public BookSource(ProgrammeRepository programmes, WaitingRepository rows, HostUsers users, WaitingLinks links) {
        super(programmes);
        this.rows = rows;
        this.users = users;
        this.links = links;
    }

    @Override
    List<Addressed> collect(String userKey, LocalDate today, Map<Integer, Programme> programmes) {
        long endOfDay = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
        List<WaitingRepository.PairingRow> active = rows.pairings("ACTIVE", userKey).stream()
                .filter(p -> userKey == null || userKey.equals(p.menteeKey()) || userKey.equals(p.mentorKey()))
                .toList();
        List<Integer> ids = active.stream().map(WaitingRepository.PairingRow::id).toList();
        Set<Integer> planned = Set.copyOf(rows.withPlannedSession(ids, endOfDay));
        Map<Integer, Long> last = rows.lastSessions(ids, endOfDay);
        List<Addressed> out = new ArrayList<>();
        for (WaitingRepository.PairingRow p : active) {
            Programme programme = programmes.get(p.programmeId());
            if (programme == null || planned.contains(p.id())) {
                continue;
            }
            Long quietSince = last.getOrDefault(p.id(), p.activeSince());
            LocalDate since = day(quietSince, today).plusDays(Cadences.of(p.homeCadence(), programme).days());
            if (since.isAfter(today)) {
                continue;
            }
            String key = "book:" + p.id() + ":" + (quietSince == null ? "start" : quietSince);
            String link = links.page(p.homePageId(), programme);
            out.add(new Addressed(p.menteeKey(), waiting(key, "book", programme, users.displayName(p.mentorKey()),
                    link, since, false)));
            out.add(new Addressed(p.mentorKey(), waiting(key, "book", programme, users.displayName(p.menteeKey()),
                    link, since, false)));
        }
        return out;
    }
}
