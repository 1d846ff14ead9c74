package org.tandem.mentoring.service.pairing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan of a speed-mentoring event: round by round, who sits at each table (the seated side stays there all
 * event) and who visits it, and who sits a round out. Tables are numbered from 1 in the seated people's key order.
 */
public record SpeedPlan(int eventId, boolean mentorsSeated, List<Round> rounds) {

    public SpeedPlan {
        rounds = List.copyOf(rounds);
    }

    /** The people of the other side whom the person meets at a table, in the order they meet. */
    public List<Person> met(String key) {
        Map<String, Person> met = new LinkedHashMap<>();
        for (Round round : rounds) {
            for (Table table : round.tables()) {
                if (table.seated().key().equals(key)) {
                    table.visitors().forEach(visitor -> met.putIfAbsent(visitor.key(), visitor));
                } else if (table.visitors().stream().anyMatch(visitor -> visitor.key().equals(key))) {
                    met.putIfAbsent(table.seated().key(), table.seated());
                }
            }
        }
        return List.copyOf(met.values());
    }

    /** Everybody who meets somebody at the event, in the order they first sit at a table. */
    public List<Person> meeting() {
        Map<String, Person> people = new LinkedHashMap<>();
        for (Round round : rounds) {
            for (Table table : round.tables()) {
                if (!table.visitors().isEmpty()) {
                    people.putIfAbsent(table.seated().key(), table.seated());
                    table.visitors().forEach(visitor -> people.putIfAbsent(visitor.key(), visitor));
                }
            }
        }
        return new ArrayList<>(people.values());
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
