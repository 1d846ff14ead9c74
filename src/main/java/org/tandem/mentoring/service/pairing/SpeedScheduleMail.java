package org.tandem.mentoring.service.pairing;

import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.session.CalendarEntry;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostHome;
import org.tandem.mentoring.host.HostMail;
import org.tandem.mentoring.service.jobs.Outbox;
import org.tandem.mentoring.service.waiting.WaitingLinks;
import org.tandem.mentoring.store.JobRunLog;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SpeedEventRepository;

/**
 * Mails each participant of a speed-mentoring event their own schedule, for the programme's coordinators: in the
 * recipient's language, as HTML or plain text as they chose, one line per round (time in the recipient's zone, see
 * {@link PersonZones}; table; whom they meet with side and department) and a calendar entry for the event attached
 * (its times in UTC, which calendars show in their owner's zone). A schedule is sent once: sending again mails only
 * the people whose schedule (or the event's time or place) changed since, and says who had theirs. Schedules are
 * sent whatever a person's reminder setting, so the letter closes by saying why they have it (they take part in the
 * event), not how to turn reminders off.
 */
@Named
public class SpeedScheduleMail {

    static final String JOB = "speed-schedule";
    private static final String TEXT = "tandem.speed.mail.";

    /** Who was mailed, who had their schedule already, who has no mail address: names, in plan order. */
    public record Mailing(List<String> mailed, List<String> unchanged, List<String> noAddress) {
        public Mailing {
            mailed = List.copyOf(mailed);
            unchanged = List.copyOf(unchanged);
            noAddress = List.copyOf(noAddress);
        }
    }

    private final SpeedPlans plans;
    private final SpeedEventRepository events;
    private final ProgrammeRepository programmes;
    private final Outbox outbox;
    private final WaitingLinks links;
    private final HostHome home;
    private final HostClock clock;
    private final PersonZones zones;

    public SpeedScheduleMail(SpeedPlans plans, SpeedEventRepository events, ProgrammeRepository programmes,
            Outbox outbox, WaitingLinks links, HostHome home, HostClock clock, PersonZones zones) {
        this.plans = plans;
        this.events = events;
        this.programmes = programmes;
        this.outbox = outbox;
        this.links = links;
        this.home = home;
        this.clock = clock;
        this.zones = zones;
    }

    /** Sends the event's schedules that were not sent as they are now. */
    public Mailing send(int programmeId, int eventId) {
        SpeedPlan plan = plans.plan(programmeId, eventId);
        SpeedEvent event = SpeedEvents.existing(events, programmeId, eventId);
        Programme programme = programmes.findById(programmeId)
                .orElseThrow(() -> PairingRefusals.programmeNotFound(programmeId));
        Map<String, SpeedPlan.Person> people = people(plan);
        Map<String, JobRunLog.MailPreference> preferences = outbox.preferences(people.keySet());
        Map<String, ZoneId> zoneOf = zones.of(people.keySet());
        String link = links.pairings(programme);
        Instant now = clock.now();
        LocalDate day = now.atZone(ZoneOffset.UTC).toLocalDate();
        List<String> mailed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> noAddress = new ArrayList<>();
        for (SpeedPlan.Person person : people.values()) {
            List<SpeedSchedulePerson.Slot> slots = SpeedSchedulePerson.slots(plan, person.key());
            Outbox.Letter letter = letter(programme, event, person.key(), zoneOf.get(person.key()), slots, link);
            Outbox.Sent sent = outbox.send(JOB, day, letter, preferences.get(person.key()),
                    locale -> List.of(calendar(programme, event, person.key(), letter, locale, now)));
            switch (sent) {
                case SENT -> mailed.add(person.name());
                case NO_ADDRESS -> noAddress.add(person.name());
                default -> unchanged.add(person.name());
            }
        }
        return new Mailing(mailed, unchanged, noAddress);
    }

    /** Everybody the plan seats, sends round or sits out, once each, in the order they first appear. */
    static Map<String, SpeedPlan.Person> people(SpeedPlan plan) {
        Map<String, SpeedPlan.Person> people = new LinkedHashMap<>();
        for (SpeedPlan.Round round : plan.rounds()) {
            for (SpeedPlan.Table table : round.tables()) {
                people.putIfAbsent(table.seated().key(), table.seated());
                table.visitors().forEach(visitor -> people.putIfAbsent(visitor.key(), visitor));
            }
            round.sittingOut().forEach(out -> people.putIfAbsent(out.key(), out));
        }
        return people;
    }

    /**
     * The letter, its times in {@code zone}: the event first, then a line per round; the lines' keys change when the
     * schedule does.
     */
    private Outbox.Letter letter(Programme programme, SpeedEvent event, String key, ZoneId zone,
            List<SpeedSchedulePerson.Slot> slots, String link) {
        Outbox.Moment start = new Outbox.Moment(event.startsAt(), zone, false);
        String prefix = "speed:" + event.id() + ":" + fingerprint(event, slots) + ":";
        List<Outbox.Line> lines = new ArrayList<>();
        lines.add(new Outbox.Line(prefix + "event", true, TEXT + "event", List.of(start,
                event.place(), event.rounds(), event.minutesPerRound()), link));
        for (SpeedSchedulePerson.Slot slot : slots) {
            Outbox.Moment at = new Outbox.Moment(event.roundStart(slot.round()), zone, true);
            lines.add(new Outbox.Line(prefix + slot.round(), true, slot.table() == 0 ? TEXT + "break"
                    : TEXT + "round", slot.table() == 0 ? List.of(slot.round(), at)
                    : List.of(slot.round(), at, slot.table(), met(slot.meet())), link));
        }
        return new Outbox.Letter(key, TEXT + "subject", List.of(programme.name(), start),
                TEXT + "intro", lines, TEXT + "footer");
    }

    private CalendarEntry calendarEntry(Programme programme, SpeedEvent event, String key, Outbox.Letter letter,
            Locale locale, Instant now) {
        StringBuilder description = new StringBuilder();
        for (Outbox.Line line : letter.lines()) {
            description.append(outbox.text(locale, line.textKey(), line.args())).append('\n');
        }
        description.append(home.baseUrl()).append(letter.lines().get(0).link());
        return new CalendarEntry("tandem-speed-" + event.id() + "-" + hash(key).substring(0, 20) + "@tandem",
                event.version(), now, event.startsAt(), event.roundStart(event.rounds() + 1),
                outbox.text(locale, TEXT + "summary", List.of(programme.name())), event.place(),
                description.toString());
    }

    private HostMail.Attachment calendar(Programme programme, SpeedEvent event, String key, Outbox.Letter letter,
            Locale locale, Instant now) {
        return new HostMail.Attachment("speed-mentoring.ics", CalendarEntry.MIME_TYPE,
                calendarEntry(programme, event, key, letter, locale, now).text());
    }

    /** The people met, each with their side and department, as one text in the reader's language. */
    private static Outbox.Text met(List<SpeedPlan.Person> people) {
        List<Serializable> each = new ArrayList<>();
        for (SpeedPlan.Person person : people) {
            Outbox.Text side = new Outbox.Text("tandem.speed.side." + (person.mentor() ? "mentor" : "mentee"),
                    List.of());
            each.add(person.department() == null
                    ? new Outbox.Text("tandem.speed.person", List.of(person.name(), side))
                    : new Outbox.Text("tandem.speed.person.department", List.of(person.name(), side,
                            person.department())));
        }
        return join(each);
    }

    /** Several people as one text, each added to the ones before by the reader's language's pattern. */
    private static Outbox.Text join(List<Serializable> people) {
        Outbox.Text joined = (Outbox.Text) people.get(0);
        for (int i = 1; i < people.size(); i++) {
            joined = new Outbox.Text("tandem.speed.people.more", List.of(joined, people.get(i)));
        }
        return joined;
    }

    /** What the schedule is made of; a change to any part gives another value. */
    private static String fingerprint(SpeedEvent event, List<SpeedSchedulePerson.Slot> slots) {
        StringBuilder text = new StringBuilder().append(event.startsAt()).append('|').append(event.place())
                .append('|').append(event.minutesPerRound());
        for (SpeedSchedulePerson.Slot slot : slots) {
            text.append('|').append(slot.round()).append(':').append(slot.table());
            slot.meet().forEach(person -> text.append(':').append(person.key()));
        }
        return hash(text.toString()).substring(0, 24);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
