package org.tandem.mentoring.service.pairing;

import java.util.List;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.service.Refusal;

/**
 * The speed-mentoring events of the programme in a space as the signed-in person may see them: for its coordinators
 * every event with its plan (or why it cannot be planned yet) and the approved applicants who may take part; for a
 * participant their own schedule at each event they take part in; for anybody else nothing.
 */
public record SpeedPage(int programmeId, String programmeName, boolean coordinator, boolean open,
        List<Planned> events, List<SpeedPlan.Person> approved, List<SpeedSchedulePerson> mine) {

    public SpeedPage {
        events = List.copyOf(events);
        approved = List.copyOf(approved);
        mine = List.copyOf(mine);
    }

    /** An event and its plan; no plan but a refusal when its seated side does not fit. */
    public record Planned(SpeedEvent event, SpeedPlan plan, Refusal problem) {
    }

    /** What the host's run sheet shows: the programme's name and the event with its plan. */
    public record RunSheet(String programmeName, Planned planned) {
    }
}
