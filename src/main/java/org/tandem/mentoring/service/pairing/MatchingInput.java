package org.tandem.mentoring.service.pairing;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tandem.mentoring.domain.matching.HardRule;
import org.tandem.mentoring.domain.matching.MatchingEngine;
import org.tandem.mentoring.domain.matching.MatchingRequest;
import org.tandem.mentoring.domain.matching.MatchingRules;
import org.tandem.mentoring.domain.matching.MatchingSettings;
import org.tandem.mentoring.domain.matching.Mentee;
import org.tandem.mentoring.domain.matching.Mentor;
import org.tandem.mentoring.domain.matching.PreparedMatching;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.orgchart.LocationZones;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingWarning;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;

/**
 * Turns a programme's approved participants, its learning themes and the org chart into the matching engine's
 * input, and answers questions about single pairs with the engine's own rules (so a hand-made pair is held to
 * exactly the hard rules a run is).
 *
 * <ul>
 * <li>Mentees bring their learning themes (by name), language, preferred mentors and exclusions; mentors their
 * offered themes, language, capacity, preferred mentees and exclusions. Departments and levels come from the org
 * chart. A person's time zone is their profile's on the host where they chose one, else the one their org chart
 * location names (a zone id or its city), else unknown; it is taken as a UTC offset on the programme's start date
 * (today while it has none), and looked up once per participant.</li>
 * <li>The org chart holds the participants in question and the whole chain of managers above each of them
 * (the whole organisation for a run, a snapshot of the few people for a single pair), so "anyone in the mentee's
 * line of authority" is checked at any depth.</li>
 * <li>Programme type: {@code REVERSE} asks for a mentor junior to the mentee; {@code PEER} aims at no level gap;
 * {@code GROUP} uses a mentor's capacity as the group size (one mentee per place); {@code ONE_TO_ONE} and
 * {@code FLASH} (after the speed event, mentees state their ranked choices as preferred mentors) use the
 * defaults.</li>
 * </ul>
 */
final class MatchingInput {

    private final MatchingEngine engine;
    private final MatchingRules rules;
    private final OrgChart chart;
    private final Map<String, Participant> mentees;
    private final Map<String, Participant> mentors;
    private final Map<Integer, String> themeNames;
    private final Function<String, Optional<ZoneId>> profileZones;
    private final Instant at;
    private final Map<String, Optional<Integer>> offsets = new HashMap<>();

    /** Time zones from the org chart's locations only. */
    MatchingInput(MatchingEngine engine, Programme programme, MatchingSettings settings,
            Collection<Participant> approved, Map<Integer, String> themeNames, OrgChart chart) {
        this(engine, programme, settings, approved, themeNames, chart, key -> Optional.empty(), Instant.now());
    }

    /**
     * @param profileZones the time zone of a person's host profile, empty when they chose none
     * @param now          the moment whose offsets count while the programme has no start date
     */
    MatchingInput(MatchingEngine engine, Programme programme, MatchingSettings settings,
            Collection<Participant> approved, Map<Integer, String> themeNames, OrgChart chart,
            Function<String, Optional<ZoneId>> profileZones, Instant now) {
        this.engine = engine;
        this.profileZones = profileZones;
        this.at = programme.startDate() == null ? now
                : programme.startDate().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        this.rules = settings.applyTo(rulesFor(programme));
        this.themeNames = Map.copyOf(themeNames);
        this.chart = chart;
        this.mentees = new LinkedHashMap<>();
        this.mentors = new LinkedHashMap<>();
        for (Participant participant : approved) {
            (participant.role() == ParticipantRole.MENTEE ? mentees : mentors).put(participant.userKey(),
                    participant);
        }
    }

    /**
     * The engine's rules for the programme: its type's defaults, where neither the mentee nor the mentor is in the
     * other's line of authority unless the coordinator relaxed the downward half with a reason.
     */
    static MatchingRules rulesFor(Programme programme) {
        MatchingRules defaults = MatchingRules.defaults()
                .withExcludeMenteesReports(programme.relaxDownReason() == null);
        return switch (programme.type()) {
            case REVERSE -> defaults.withReverse(true);
            case PEER -> defaults.withIdealSeniorityGap(0);
            case ONE_TO_ONE, GROUP, FLASH -> defaults;
        };
    }

    MatchingRules rules() {
        return rules;
    }

    boolean isMentee(String key) {
        return mentees.containsKey(key);
    }

    boolean isMentor(String key) {
        return mentors.containsKey(key);
    }

    Participant mentor(String key) {
        return mentors.get(key);
    }

    Collection<Participant> mentors() {
        return mentors.values();
    }

    Collection<Participant> mentees() {
        return mentees.values();
    }

    /**
     * The request for a run: the mentees not held by one of {@code holding}, and the mentors with the places
     * {@code holding} leaves them.
     */
    MatchingRequest openRequest(Collection<Pairing> holding) {
        Set<String> busy = new LinkedHashSet<>();
        Map<String, Integer> held = new HashMap<>();
        for (Pairing pairing : holding) {
            busy.add(pairing.menteeKey());
            held.merge(pairing.mentorKey(), 1, Integer::sum);
        }
        List<String> free = mentees.keySet().stream().filter(k -> !busy.contains(k)).toList();
        Map<String, Integer> placesLeft = new LinkedHashMap<>();
        for (Participant mentor : mentors.values()) {
            placesLeft.put(mentor.userKey(), mentor.capacity() - held.getOrDefault(mentor.userKey(), 0));
        }
        return request(free, placesLeft);
    }

    /** The request for a run: the given mentees, and the mentors with the places they have left. */
    MatchingRequest request(Collection<String> menteeKeys, Map<String, Integer> placesLeft) {
        List<Mentee> side = new ArrayList<>();
        for (String key : menteeKeys) {
            side.add(mentee(mentees.get(key)));
        }
        List<Mentor> offered = new ArrayList<>();
        placesLeft.forEach((key, places) -> {
            if (places > 0) {
                offered.add(mentor(mentors.get(key), places));
            }
        });
        return new MatchingRequest(side, offered, chart, rules);
    }

    /** The engine's view of one pair, the mentor offering one place: a hard rule, or empty when allowed. */
    Optional<HardRule> check(String menteeKey, String mentorKey) {
        return single(menteeKey, mentorKey).check(menteeKey, mentorKey);
    }

    /** Score, breakdown and explanation of an allowed pair. */
    Proposal describe(String menteeKey, String mentorKey) {
        return single(menteeKey, mentorKey).describe(menteeKey, mentorKey).orElseThrow();
    }

    private PreparedMatching single(String menteeKey, String mentorKey) {
        return engine.prepare(new MatchingRequest(List.of(mentee(mentees.get(menteeKey))),
                List.of(mentor(mentors.get(mentorKey), 1)), chart, rules));
    }

    /** The soft concerns about a pair that a coordinator must give a reason to override. */
    Set<PairingWarning> warnings(Proposal proposal) {
        Set<PairingWarning> warnings = EnumSet.noneOf(PairingWarning.class);
        Participant mentee = mentees.get(proposal.menteeKey());
        Participant mentor = mentors.get(proposal.mentorKey());
        Set<String> wanted = themes(mentee);
        Set<String> offered = themes(mentor);
        if (!wanted.isEmpty() && wanted.stream().noneMatch(offered::contains)) {
            warnings.add(PairingWarning.NO_SHARED_THEME);
        }
        String menteeDepartment = department(mentee.userKey());
        if (menteeDepartment != null && menteeDepartment.equalsIgnoreCase(
                Objects.requireNonNullElse(department(mentor.userKey()), ""))) {
            warnings.add(PairingWarning.SAME_DEPARTMENT);
        }
        Set<String> spoken = languages(mentee);
        Set<String> offeredLanguages = languages(mentor);
        if (!spoken.isEmpty() && !offeredLanguages.isEmpty() && spoken.stream().noneMatch(offeredLanguages::contains)) {
            warnings.add(PairingWarning.NO_SHARED_LANGUAGE);
        }
        if (proposal.score() < rules.minimumScore()) {
            warnings.add(PairingWarning.LOW_SCORE);
        }
        return warnings;
    }

    private Mentee mentee(Participant p) {
        return Mentee.builder(p.userKey()).department(department(p.userKey())).themes(themes(p))
                .languages(languages(p).toArray(new String[0])).prefers(p.preferredUserKeys())
                .utcOffsetMinutes(utcOffsetMinutes(p.userKey()))
                .excludes(p.excludedUserKeys().toArray(new String[0])).build();
    }

    private Mentor mentor(Participant p, int places) {
        return Mentor.builder(p.userKey()).department(department(p.userKey())).expertise(themes(p))
                .languages(languages(p).toArray(new String[0])).capacity(places)
                .utcOffsetMinutes(utcOffsetMinutes(p.userKey()))
                .prefers(p.preferredUserKeys().toArray(new String[0]))
                .excludes(p.excludedUserKeys().toArray(new String[0])).build();
    }

    /** The person's offset from UTC in minutes at the programme's start, or null when their zone is unknown. */
    private Integer utcOffsetMinutes(String key) {
        return offsets.computeIfAbsent(key, k -> profileZones.apply(k).or(() -> {
            OrgPerson person = chart.person(k);
            return person == null ? Optional.empty() : LocationZones.zoneOf(person.location());
        }).map(zone -> zone.getRules().getOffset(at).getTotalSeconds() / 60)).orElse(null);
    }

    private String department(String key) {
        OrgPerson person = chart.person(key);
        return person == null ? null : person.department();
    }

    private Set<String> themes(Participant p) {
        Set<String> names = new LinkedHashSet<>();
        for (Integer id : p.themeIds()) {
            names.add(themeNames.getOrDefault(id, "#" + id));
        }
        return names;
    }

    /** The participant's stated languages ("en, de"), else the org chart's, lower case. */
    private Set<String> languages(Participant p) {
        String stated = p.language();
        if (stated == null || stated.isBlank()) {
            OrgPerson person = chart.person(p.userKey());
            stated = person == null ? null : person.language();
        }
        Set<String> languages = new LinkedHashSet<>();
        if (stated != null) {
            for (String language : stated.split("[,;/\\s]+")) {
                if (!language.isBlank()) {
                    languages.add(language.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return languages;
    }
}
