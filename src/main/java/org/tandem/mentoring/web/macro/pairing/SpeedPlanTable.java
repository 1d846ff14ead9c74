package org.tandem.mentoring.web.macro.pairing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tandem.mentoring.service.pairing.SpeedPlan;

/** A table of a speed-mentoring plan: who stays seated there and who comes to it, round by round. */
public final class SpeedPlanTable {

    private final int number;
    private final SpeedEventsView.Person seated;
    private final List<List<SpeedEventsView.Person>> rounds;

    private SpeedPlanTable(int number, SpeedEventsView.Person seated, List<List<SpeedEventsView.Person>> rounds) {
        this.number = number;
        this.seated = seated;
        this.rounds = List.copyOf(rounds);
    }

    /** The plan's tables in order, each person shown as {@code person} makes them. */
    static List<SpeedPlanTable> of(SpeedPlan plan, Function<SpeedPlan.Person, SpeedEventsView.Person> person) {
        List<SpeedPlanTable> tables = new ArrayList<>();
        if (plan.rounds().isEmpty()) {
            return tables;
        }
        for (int i = 0; i < plan.rounds().get(0).tables().size(); i++) {
            List<List<SpeedEventsView.Person>> rounds = new ArrayList<>();
            for (SpeedPlan.Round round : plan.rounds()) {
                rounds.add(round.tables().get(i).visitors().stream().map(person).toList());
            }
            SpeedPlan.Table first = plan.rounds().get(0).tables().get(i);
            tables.add(new SpeedPlanTable(first.number(), person.apply(first.seated()), rounds));
        }
        return tables;
    }

    public int getNumber() {
        return number;
    }

    public SpeedEventsView.Person getSeated() {
        return seated;
    }

    public List<List<SpeedEventsView.Person>> getRounds() {
        return rounds;
    }
}
