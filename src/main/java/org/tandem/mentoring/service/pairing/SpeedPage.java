package org.tandem.mentoring.service.pairing;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.service.Refusal;

/**
 * The speed-mentoring events of the programme in a space as the signed-in person may see them: for its coordinators
 * every event with its plan (or why it cannot be planned yet) and the approved applicants who may take part; for a
 * participant their own schedule at each event they take part in; for anybody else nothing. Times are shown in
 * {@code zone}, the viewer's (see {@link PersonZones}; null on a page that holds no time); {@code rankingsLink} is the context-relative address of the
 * space's rankings page (null when the space has none) and {@code rankingOpen} the ids of the events that are over,
 * whose rankings are open.
 */
public record SpeedPage(int programmeId, String programmeName, boolean coordinator, boolean open,
        List<Planned> events, List<SpeedPlan.Person> approved, List<SpeedSchedulePerson> mine, ZoneId zone,
        String rankingsLink, Set<Integer> rankingOpen) {

    public SpeedPage {
        events = List.copyOf(events);
        approved = List.copyOf(approved);
        mine = List.copyOf(mine);
        rankingOpen = Set.copyOf(rankingOpen);
    }

    /** An event and its plan; no plan but a refusal when its seated side does not fit. */
    public record Planned(SpeedEvent event, SpeedPlan plan, Refusal problem) {
    }

    /** What the host's run sheet shows: the programme's name and the event with its plan, times in {@code zone}. */
    public record RunSheet(String programmeName, Planned planned, ZoneId zone) {
    }
}
