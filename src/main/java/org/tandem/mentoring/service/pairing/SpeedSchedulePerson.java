package org.tandem.mentoring.service.pairing;

import java.util.ArrayList;
import java.util.List;
import org.tandem.mentoring.domain.matching.SpeedEvent;

/** One person's schedule at a speed-mentoring event: round by round, the table and whom they meet there. */
public record SpeedSchedulePerson(SpeedEvent event, List<Slot> slots) {

    public SpeedSchedulePerson {
        slots = List.copyOf(slots);
    }

    /** A round: its number, the table (0 for a break) and the people met there (none for a break). */
    public record Slot(int round, int table, List<SpeedPlan.Person> meet) {

        public Slot {
            meet = List.copyOf(meet);
        }
    }

    /** {@code key}'s rounds in the plan. */
    static List<Slot> slots(SpeedPlan plan, String key) {
        List<Slot> slots = new ArrayList<>();
        for (SpeedPlan.Round round : plan.rounds()) {
            Slot slot = new Slot(round.number(), 0, List.of());
            for (SpeedPlan.Table table : round.tables()) {
                if (table.seated().key().equals(key)) {
                    slot = new Slot(round.number(), table.number(), table.visitors());
                } else if (table.visitors().stream().anyMatch(p -> p.key().equals(key))) {
                    slot = new Slot(round.number(), table.number(), List.of(table.seated()));
                }
            }
            slots.add(slot);
        }
        return slots;
    }
}
