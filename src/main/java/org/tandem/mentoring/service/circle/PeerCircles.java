package org.tandem.mentoring.service.circle;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.circle.PeerCircle;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.PageLookups;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.PeerCircleRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * Alumni peer circles. A coordinator of a programme sees its former mentees (of a pairing that ended, or of one
 * still running when the programme is winding down) grouped by the learning themes of their applications, and
 * forms a circle of 3 to 8 of them around one theme; they also list and delete the programme's circles. A member
 * sees their own circles (the theme and the members' names) and may leave one. Nobody else learns who is in a
 * circle: anything else is "not found".
 */
@Named
public class PeerCircles {

    /** A person by key and display name. */
    public record Person(String key, String name) {
    }

    /** Former mentees of one theme. */
    public record ThemeGroup(int themeId, String theme, List<Person> people) {
    }

    /** A circle as its members and the coordinators read it. */
    public record CircleView(int id, int programmeId, String programme, String spaceKey, String name, String theme,
            List<Person> members) {
    }

    /** What a coordinator of the programme sees: former mentees by theme, and the circles formed. */
    public record Overview(Programme programme, List<ThemeGroup> groups, List<CircleView> circles) {
    }

    private final ProgrammeGate gate;
    private final ProgrammeRepository programmes;
    private final PairingStore pairings;
    private final ParticipantRepository participants;
    private final LearningThemeRepository themes;
    private final PeerCircleRepository circles;
    private final HostUsers users;
    private final HostClock clock;

    @Inject
    public PeerCircles(ProgrammeGate gate, ProgrammeRepository programmes, PairingStore pairings,
            ParticipantRepository participants, LearningThemeRepository themes, PeerCircleRepository circles,
            HostUsers users, HostClock clock) {
        this.gate = gate;
        this.programmes = programmes;
        this.pairings = pairings;
        this.participants = participants;
        this.themes = themes;
        this.circles = circles;
        this.users = users;
        this.clock = clock;
    }

    /** The programme's former mentees by theme and its circles, for a coordinator of it. */
    public Overview overview(int programmeId) {
        String viewer = gate.signedIn(CircleRefusals.FORBIDDEN);
        Programme programme = gate.coordinated(programmeId, viewer, CircleRefusals::notFound,
                CircleRefusals.FORBIDDEN);
        return gate.inTransaction(() -> overview(programme));
    }

    /** The overview of the programme of a space, for its coordinators; empty for anybody else. */
    public Optional<Overview> overviewInSpace(String spaceKey) {
        Optional<String> viewer = gate.viewer();
        if (viewer.isEmpty() || spaceKey == null) {
            return Optional.empty();
        }
        return gate.inSpace(spaceKey, viewer.get()).filter(p -> gate.coordinates(viewer.get(), p))
                .map(p -> gate.inTransaction(() -> overview(p)));
    }

    /** A coordinator forms a circle: a name, one of the programme's themes, 3 to 8 of its former mentees. */
    public CircleView create(int programmeId, String name, Integer themeId, List<String> memberKeys) {
        String viewer = gate.signedIn(CircleRefusals.FORBIDDEN);
        Programme programme = gate.coordinated(programmeId, viewer, CircleRefusals::notFound,
                CircleRefusals.FORBIDDEN);
        String written = ProgrammeGate.trim(name);
        if (written == null) {
            throw CircleRefusals.invalid("name", "name.required");
        }
        if (written.length() > PeerCircle.MAX_NAME) {
            throw CircleRefusals.invalid("name", "name.long", PeerCircle.MAX_NAME);
        }
        Set<String> members = new LinkedHashSet<>(memberKeys == null ? List.of() : memberKeys);
        if (members.size() < PeerCircle.MIN_MEMBERS || members.size() > PeerCircle.MAX_MEMBERS) {
            throw CircleRefusals.invalid("members", "members.size", PeerCircle.MIN_MEMBERS, PeerCircle.MAX_MEMBERS);
        }
        return gate.inTransaction(() -> {
            Map<Integer, LearningTheme> available = themesOf(programme);
            if (themeId == null || !available.containsKey(themeId)) {
                throw CircleRefusals.invalid("theme", "theme.invalid");
            }
            if (!formerMentees(programme).containsAll(members)) {
                throw CircleRefusals.invalid("members", "members.former");
            }
            PeerCircle saved = circles.create(new PeerCircle(0, programme.id(), written, themeId,
                    List.copyOf(members), viewer, clock.now()));
            return view(saved, programme, available);
        });
    }

    /** A coordinator deletes one of the programme's circles. */
    public void delete(int programmeId, int circleId) {
        String viewer = gate.signedIn(CircleRefusals.FORBIDDEN);
        Programme programme = gate.coordinated(programmeId, viewer, CircleRefusals::notFound,
                CircleRefusals.FORBIDDEN);
        gate.inTransaction(() -> {
            circles.findById(circleId).filter(c -> c.programmeId() == programme.id())
                    .orElseThrow(CircleRefusals::notFound);
            return circles.delete(circleId);
        });
    }

    /** The viewer's own circles, in every programme; none for nobody signed in. */
    public List<CircleView> mine() {
        Optional<String> viewer = gate.viewer();
        if (viewer.isEmpty()) {
            return List.of();
        }
        return gate.inTransaction(() -> {
            List<PeerCircle> own = circles.findByMember(viewer.get());
            Map<Integer, Programme> byId = programmes.findByIds(own.stream().map(PeerCircle::programmeId)
                    .toList());
            Map<Integer, LearningTheme> named = new TreeMap<>();
            own.stream().map(PeerCircle::programmeId).distinct().forEach(id -> named.putAll(themesOf(byId.get(id))));
            return own.stream().filter(c -> byId.containsKey(c.programmeId()))
                    .map(c -> view(c, byId.get(c.programmeId()), named)).toList();
        });
    }

    /** The viewer leaves one of their circles; "not found" for a circle they are not in. */
    public void leave(int circleId) {
        String viewer = gate.signedIn(CircleRefusals.FORBIDDEN);
        gate.inTransaction(() -> {
            if (!circles.leave(circleId, viewer)) {
                throw CircleRefusals.notFound();
            }
            return null;
        });
    }

    private Overview overview(Programme programme) {
        Map<Integer, LearningTheme> available = themesOf(programme);
        Set<String> former = formerMentees(programme);
        Map<Integer, List<Person>> byTheme = new LinkedHashMap<>();
        for (Participant p : participants.findByProgrammeAndRole(programme.id(), ParticipantRole.MENTEE)) {
            if (former.contains(p.userKey())) {
                for (Integer theme : p.themeIds()) {
                    if (available.containsKey(theme)) {
                        byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(person(p.userKey()));
                    }
                }
            }
        }
        List<ThemeGroup> groups = new ArrayList<>();
        byTheme.forEach((theme, people) -> {
            people.sort(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER));
            groups.add(new ThemeGroup(theme, available.get(theme).name(), List.copyOf(people)));
        });
        groups.sort(Comparator.comparing(ThemeGroup::theme, String.CASE_INSENSITIVE_ORDER));
        List<CircleView> formed = circles.findByProgramme(programme.id()).stream()
                .map(c -> view(c, programme, available)).toList();
        return new Overview(programme, groups, formed);
    }

    /**
     * The mentees of the programme's pairings that ended, and of those still running once the programme winds
     * down.
     */
    private Set<String> formerMentees(Programme programme) {
        boolean windingDown = programme.phase().isWindingDown();
        return pairings.findByProgramme(programme.id()).stream()
                .filter(p -> p.state() == PairingState.ENDED || windingDown && p.state() == PairingState.ACTIVE)
                .map(Pairing::menteeKey).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Map<Integer, LearningTheme> themesOf(Programme programme) {
        return PageLookups.themesOf(themes, programme.id()).stream()
                .collect(Collectors.toMap(LearningTheme::id, Function.identity(), (a, b) -> a));
    }

    private CircleView view(PeerCircle circle, Programme programme, Map<Integer, LearningTheme> named) {
        LearningTheme theme = named.get(circle.themeId());
        return new CircleView(circle.id(), programme.id(), programme.name(), programme.spaceKey(), circle.name(),
                theme == null ? "" : theme.name(), circle.memberKeys().stream().map(this::person).toList());
    }

    private Person person(String key) {
        return new Person(key, users.displayName(key));
    }
}
