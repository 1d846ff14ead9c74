package org.tandem.mentoring.service.pairing;

import java.util.List;

/**
 * The plan of a speed-mentoring event: round by round, who sits at each table (the seated side stays there all
 * event) and who visits it, and who sits a round out. Tables are numbered from 1 in the seated people's key order.
 */
public record SpeedPlan(int eventId, boolean mentorsSeated, List<Round> rounds) {

    public SpeedPlan {
        rounds = List.copyOf(rounds);
    }

    /** A person of the plan, with the name to show, their side and their department (null when not known). */
    public record Person(String key, String name, boolean mentor, String department) {
    }

    /** One table in one round: its number, who stays seated there, who comes to it. */
    public record Table(int number, Person seated, List<Person> visitors) {

        public Table {
            visitors = List.copyOf(visitors);
        }
    }

    /** One round, numbered from 1. */
    public record Round(int number, List<Table> tables, List<Person> sittingOut) {

        public Round {
            tables = List.copyOf(tables);
            sittingOut = List.copyOf(sittingOut);
        }
    }
}
