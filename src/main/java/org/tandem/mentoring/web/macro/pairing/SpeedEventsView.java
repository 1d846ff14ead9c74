package org.tandem.mentoring.web.macro.pairing;

import com.atlassian.sal.api.message.I18nResolver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.pairing.SpeedPage;
import org.tandem.mentoring.service.pairing.SpeedPlan;
import org.tandem.mentoring.service.pairing.SpeedSchedulePerson;

/**
 * What the speed-mentoring template shows, its texts in the reader's language: a participant's own rounds at each
 * event, and for coordinators every event with its plan by table, each event that is over linked to the space's
 * rankings page where there is one. Times are written in the reader's time zone (their profile's, else their
 * location's, else the site's). User data is never named {@code ...Html}: the template escapes all of it.
 */
public final class SpeedEventsView {

    private final SpeedPage page;
    private final I18nResolver i18n;
    private final Locale reader;
    private final String runSheetBase;
    private final String contextPath;

    /**
     * {@code runSheetBase}: the run sheet's address up to the event's id; {@code contextPath}: what goes before a
     * context-relative address.
     */
    public SpeedEventsView(SpeedPage page, I18nResolver i18n, Locale reader, String runSheetBase,
            String contextPath) {
        this.page = page;
        this.i18n = i18n;
        this.reader = reader;
        this.runSheetBase = runSheetBase;
        this.contextPath = contextPath;
    }

    /** The run sheet's event: as a coordinator sees it on the page. */
    public static Event runSheet(SpeedPage.RunSheet sheet, I18nResolver i18n, Locale reader) {
        SpeedPage.Planned planned = sheet.planned();
        return new SpeedEventsView(new SpeedPage(planned.event().programmeId(), sheet.programmeName(), true, false,
                List.of(planned), List.of(), List.of(), sheet.zone(), null, Set.of()), i18n, reader, "", "")
                .getEvents().get(0);
    }

    public int getProgrammeId() {
        return page.programmeId();
    }

    public boolean isCoordinator() {
        return page.coordinator();
    }

    /** Whether events may be added, changed and deleted now (enrolment or matching). */
    public boolean isOpen() {
        return page.open();
    }

    /** Nothing to show: the reader neither coordinates the programme nor takes part in any of its events. */
    public boolean isEmpty() {
        return !page.coordinator() && page.mine().isEmpty();
    }

    public List<Schedule> getMine() {
        return page.mine().stream().map(Schedule::new).toList();
    }

    public List<Event> getEvents() {
        return page.events().stream().map(Event::new).toList();
    }

    /** The approved applicants a coordinator may choose from, with side and department. */
    public List<Person> getApproved() {
        return page.approved().stream().map(Person::new).toList();
    }

    public int getMaxPlace() {
        return SpeedEvent.MAX_PLACE;
    }

    public int getMaxMinutes() {
        return SpeedEvent.MAX_MINUTES;
    }

    public int getMaxRounds() {
        return SpeedEvent.MAX_ROUNDS;
    }

    public int getMaxTables() {
        return SpeedEvent.MAX_TABLES;
    }

    private String when(Instant instant) {
        return ViewerLanguage.dateTimeIn(instant, page.zone(), reader);
    }

    private String time(Instant instant) {
        return ViewerLanguage.timeIn(instant, page.zone(), reader);
    }

    private static boolean link(String place) {
        String lower = place == null ? "" : place.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && !lower.contains(" ");
    }

    /** What an event's heading and facts say, for participants and coordinators alike. */
    public class Facts {

        final SpeedEvent event;

        Facts(SpeedEvent event) {
            this.event = event;
        }

        public int getId() {
            return event.id();
        }

        public String getWhen() {
            return when(event.startsAt());
        }

        public String getStartsAt() {
            return event.startsAt().toString();
        }

        public String getPlace() {
            return event.place();
        }

        /** Whether the place is a video link, shown as a link. */
        public boolean isPlaceLink() {
            return link(event.place());
        }

        public String getFacts() {
            return i18n.getText("tandem.speed.facts", event.rounds(), event.minutesPerRound(), event.tables());
        }

        /** The rankings page's address once the event is over; null before, or when the space has no such page. */
        public String getRankingsUrl() {
            return page.rankingsLink() == null || !page.rankingOpen().contains(event.id()) ? null
                    : contextPath + page.rankingsLink();
        }
    }

    /** One participant's rounds at one event. */
    public final class Schedule extends Facts {

        private final SpeedSchedulePerson schedule;

        Schedule(SpeedSchedulePerson schedule) {
            super(schedule.event());
            this.schedule = schedule;
        }

        /** No rounds yet: the event cannot be planned as it stands. */
        public boolean isUnplanned() {
            return schedule.slots().isEmpty();
        }

        public List<Slot> getSlots() {
            return schedule.slots().stream().map(slot -> new Slot(event, slot)).toList();
        }
    }

    /** A round of a participant's schedule. */
    public final class Slot {

        private final SpeedEvent event;
        private final SpeedSchedulePerson.Slot slot;

        Slot(SpeedEvent event, SpeedSchedulePerson.Slot slot) {
            this.event = event;
            this.slot = slot;
        }

        public int getRound() {
            return slot.round();
        }

        public String getTime() {
            return time(event.roundStart(slot.round()));
        }

        public String getStartsAt() {
            return event.roundStart(slot.round()).toString();
        }

        /** True for a round the participant sits out. */
        public boolean isBreak() {
            return slot.table() == 0;
        }

        public int getTable() {
            return slot.table();
        }

        public List<Person> getPeople() {
            return slot.meet().stream().map(Person::new).toList();
        }
    }

    /** A coordinator's event: its facts, what the edit form needs, and its plan. */
    public final class Event extends Facts {

        private final SpeedPage.Planned planned;

        Event(SpeedPage.Planned planned) {
            super(planned.event());
            this.planned = planned;
        }

        public int getVersion() {
            return event.version();
        }

        public int getMinutesPerRound() {
            return event.minutesPerRound();
        }

        public int getRounds() {
            return event.rounds();
        }

        public int getTables() {
            return event.tables();
        }

        public boolean isMentorsSeated() {
            return event.mentorsSeated();
        }

        /** The chosen participants' keys, one a line; empty for all approved applicants. */
        public String getParticipantKeys() {
            return String.join("\n", event.participantKeys());
        }

        public String getWho() {
            return event.allApproved() ? i18n.getText("tandem.speed.who.all")
                    : i18n.getText("tandem.speed.who.chosen", event.participantKeys().size());
        }

        public String getSeatedSide() {
            return i18n.getText(event.mentorsSeated() ? "tandem.speed.seated.mentors" : "tandem.speed.seated.mentees");
        }

        /** Why the event cannot be planned yet, or null when it can. */
        public String getProblem() {
            return planned.problem() == null ? null : i18n.getText(planned.problem().messageKey(),
                    planned.problem().args().toArray(new java.io.Serializable[0]));
        }

        public List<Integer> getRoundNumbers() {
            List<Integer> numbers = new ArrayList<>();
            if (planned.plan() != null) {
                planned.plan().rounds().forEach(round -> numbers.add(round.number()));
            }
            return numbers;
        }

        public List<SpeedPlanTable> getPlan() {
            return planned.plan() == null ? List.of() : SpeedPlanTable.of(planned.plan(), Person::new);
        }

        /** Who sits each round out, round by round. */
        public List<List<Person>> getSittingOut() {
            return planned.plan() == null ? List.of() : planned.plan().rounds().stream()
                    .map(round -> round.sittingOut().stream().map(Person::new).toList()).toList();
        }

        public boolean isAnySittingOut() {
            return getSittingOut().stream().anyMatch(out -> !out.isEmpty());
        }

        /** The plan round by round: its start, each table with who sits there and who visits, who sits out. */
        public List<RoundPlan> getRoundPlans() {
            return planned.plan() == null ? List.of() : planned.plan().rounds().stream()
                    .map(round -> new RoundPlan(event, round)).toList();
        }

        public String getProgrammeName() {
            return page.programmeName();
        }

        public String getRunSheetUrl() {
            return runSheetBase + event.id();
        }
    }

    /** One round of the plan, for the run sheet. */
    public final class RoundPlan {

        private final SpeedEvent event;
        private final SpeedPlan.Round round;

        RoundPlan(SpeedEvent event, SpeedPlan.Round round) {
            this.event = event;
            this.round = round;
        }

        public int getNumber() {
            return round.number();
        }

        public String getTime() {
            return time(event.roundStart(round.number()));
        }

        public String getStartsAt() {
            return event.roundStart(round.number()).toString();
        }

        public List<Seat> getTables() {
            return round.tables().stream().map(Seat::new).toList();
        }

        public List<Person> getSittingOut() {
            return round.sittingOut().stream().map(Person::new).toList();
        }
    }

    /** A table in one round: its number, who stays seated there and who visits. */
    public final class Seat {

        private final SpeedPlan.Table table;

        Seat(SpeedPlan.Table table) {
            this.table = table;
        }

        public int getNumber() {
            return table.number();
        }

        public Person getSeated() {
            return new Person(table.seated());
        }

        public List<Person> getVisitors() {
            return table.visitors().stream().map(Person::new).toList();
        }
    }

    /** A person as the enrolment pages show people: the name, the side and the department. */
    public final class Person {

        private final SpeedPlan.Person person;

        Person(SpeedPlan.Person person) {
            this.person = person;
        }

        public String getKey() {
            return person.key();
        }

        public String getName() {
            return person.name();
        }

        public String getSide() {
            return i18n.getText(person.mentor() ? "tandem.approvals.role.mentor" : "tandem.approvals.role.mentee");
        }

        public String getDepartment() {
            return person.department();
        }
    }
}
