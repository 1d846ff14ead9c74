package org.tandem.mentoring.service.enrolment;

import static org.tandem.mentoring.service.people.Managers.managerOf;

import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.people.Managers;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * Applications as the signed-in person may see them ({@link ApplicationAccess}): the enrolment page of a space,
 * the applications of a programme, one's own, and those that wait for one's decision.
 */
@Named
public class EnrolmentQueries {

    private final ProgrammeRepository programmes;
    private final ParticipantRepository participants;
    private final OrgChartRepository orgChart;
    private final HostUsers users;
    private final ProgrammeGate gate;
    private final EnrolmentGate enrolment;
    private final ApplicationViews views;

    public EnrolmentQueries(ProgrammeRepository programmes, ParticipantRepository participants,
            OrgChartRepository orgChart, HostUsers users, ProgrammeGate gate, EnrolmentGate enrolment,
            ApplicationViews views) {
        this.programmes = programmes;
        this.participants = participants;
        this.orgChart = orgChart;
        this.users = users;
        this.gate = gate;
        this.enrolment = enrolment;
        this.views = views;
    }

    /**
     * The enrolment page of the programme in a space, or empty when there is none or the space is not the
     * viewer's to see.
     */
    public Optional<EnrolmentPage> pageForSpace(String spaceKey) {
        String viewer = gate.viewer().orElse(null);
        return enrolment.inTransaction(() -> gate.inSpace(spaceKey, viewer).map(programme -> page(programme, viewer)));
    }

    /**
     * The applications of a programme the signed-in person may see: all of them for a coordinator, otherwise the
     * person's own and those of their direct reports. In enrolment order.
     */
    public List<Application> list(int programmeId) {
        String viewer = enrolment.signedIn();
        return enrolment.inTransaction(() -> {
            Programme programme = enrolment.visible(programmeId, viewer);
            return visible(programme, viewer, gate.coordinates(viewer, programme),
                    participants.findByProgramme(programmeId), a -> true);
        });
    }

    /**
     * What waits for the signed-in person's decision in the programme of a space: applications of their direct
     * reports, and, for coordinators, applications awaiting a coordinator. Empty for anonymous visitors, and when
     * there is no programme or the space is not the viewer's to see.
     */
    public Optional<ApprovalQueue> approvalsForSpace(String spaceKey) {
        String viewer = gate.viewer().orElse(null);
        if (viewer == null) {
            return Optional.empty();
        }
        return enrolment.inTransaction(() -> gate.inSpace(spaceKey, viewer).map(programme -> {
            boolean coordinator = gate.coordinates(viewer, programme);
            List<Application> asManager = awaitingManager(programme, viewer, coordinator);
            List<Application> asCoordinator = coordinator ? awaitingCoordinator(programme, viewer) : List.of();
            return new ApprovalQueue(programme, coordinator, asManager, asCoordinator);
        }));
    }

    /** Applications of a programme that wait for the signed-in person as their direct manager. */
    public List<Application> awaitingMeAsManager(int programmeId) {
        String viewer = enrolment.signedIn();
        return enrolment.inTransaction(() -> {
            Programme programme = enrolment.visible(programmeId, viewer);
            return awaitingManager(programme, viewer, gate.coordinates(viewer, programme));
        });
    }

    /** Applications of a programme that wait for a coordinator; only for coordinators of the programme. */
    public List<Application> awaitingMeAsCoordinator(int programmeId) {
        String viewer = enrolment.signedIn();
        return enrolment.inTransaction(() -> awaitingCoordinator(gate.coordinated(programmeId, viewer,
                () -> EnrolmentRefusals.programmeNotFound(programmeId), EnrolmentRefusals.NOT_COORDINATOR), viewer));
    }

    /** The signed-in person's own applications in every programme, in enrolment order. */
    public List<Application> mine() {
        String viewer = enrolment.signedIn();
        return enrolment.inTransaction(() -> acrossProgrammes(viewer, participants.findByUser(viewer), a -> true));
    }

    /**
     * Applications in every programme that wait for the signed-in person as direct manager. One query per direct
     * report: a manager has a team, not an organisation.
     */
    public List<Application> awaitingMeAsManagerEverywhere() {
        String viewer = enrolment.signedIn();
        return enrolment.inTransaction(() -> {
            List<String> reports = orgChart.findDirectReports(viewer).stream().map(OrgPerson::userKey).toList();
            List<Participant> waiting = participants.findByUsers(reports).stream()
                    .filter(p -> p.state() == ParticipantState.AWAITING_MANAGER).toList();
            return acrossProgrammes(viewer, waiting, ApplicationAccess::manager);
        });
    }

    /** Applications waiting for a coordinator in every programme the signed-in person coordinates, but their own. */
    public List<Application> awaitingMeAsCoordinatorEverywhere() {
        String viewer = enrolment.signedIn();
        return enrolment.inTransaction(() -> {
            List<ApplicationAccess> waiting = new ArrayList<>();
            for (Programme programme : programmes.findAll()) {
                if (gate.coordinates(viewer, programme)) {
                    waiting.addAll(accesses(programme, viewer, true, participants.findByProgrammeAndState(
                            programme.id(), ParticipantState.AWAITING_COORDINATOR), a -> !a.applicant()));
                }
            }
            return views.of(waiting);
        });
    }

    /** One application, for its applicant, the applicant's manager and the programme's coordinators. */
    public Application get(int applicationId) {
        String viewer = enrolment.signedIn();
        return enrolment.inTransaction(() -> views.of(enrolment.application(applicationId, viewer)));
    }

    private EnrolmentPage page(Programme programme, String viewer) {
        Map<Integer, LearningTheme> offered = views.themesOf(programme);
        List<LearningTheme> themes = List.copyOf(offered.values());
        boolean open = programme.phase() == ProgrammePhase.ENROLMENT_OPEN;
        if (viewer == null) {
            return new EnrolmentPage(programme, false, open, themes, Map.of(), null, null, Optional.empty());
        }
        // the mentors the page may name to every member of staff: only those the programme has approved; who asked
        // to be a mentor, and who was turned down, stays with the applicant, the manager and the coordinators
        Map<String, String> mentors = new LinkedHashMap<>();
        for (String mentor : participants.findUserKeys(programme.id(), ParticipantRole.MENTOR,
                ParticipantState.APPROVED)) {
            if (!mentor.equals(viewer)) {
                mentors.put(mentor, users.displayName(mentor));
            }
        }
        String manager = managerOf(orgChart, viewer, users);
        Optional<Application> mine = participants.findByProgrammeAndUser(programme.id(), viewer).stream()
                .reduce((first, later) -> later)
                .map(p -> views.of(ApplicationAccess.own(p, programme, manager), offered));
        return new EnrolmentPage(programme, true, open, themes, mentors, manager,
                manager == null ? null : users.displayName(manager), mine);
    }

    private List<Application> awaitingManager(Programme programme, String viewer, boolean coordinator) {
        return visible(programme, viewer, coordinator,
                Managers.awaitingApproval(orgChart, participants, programme.id(), viewer), ApplicationAccess::manager);
    }

    private List<Application> awaitingCoordinator(Programme programme, String viewer) {
        return visible(programme, viewer, true,
                participants.findByProgrammeAndState(programme.id(), ParticipantState.AWAITING_COORDINATOR),
                a -> !a.applicant());
    }

    private List<Application> visible(Programme programme, String viewer, boolean coordinator,
            List<Participant> candidates, Predicate<ApplicationAccess> keep) {
        return views.of(accesses(programme, viewer, coordinator, candidates, keep));
    }

    /** The candidates the viewer may see and wants, each with the applicant's manager from one org chart read. */
    private List<ApplicationAccess> accesses(Programme programme, String viewer, boolean coordinator,
            List<Participant> candidates, Predicate<ApplicationAccess> keep) {
        Map<String, OrgPerson> people = candidates.isEmpty() ? Map.of()
                : orgChart.findByUserKeys(candidates.stream().map(Participant::userKey).collect(Collectors.toSet()));
        List<ApplicationAccess> wanted = new ArrayList<>();
        for (Participant p : candidates) {
            OrgPerson person = people.get(p.userKey());
            String manager = person != null && person.hasManager() ? person.managerKey() : null;
            ApplicationAccess access = new ApplicationAccess(p, programme, manager, viewer, coordinator);
            if (access.mayView() && keep.test(access)) {
                wanted.add(access);
            }
        }
        return wanted;
    }

    /** Views of applications from several programmes, programme by programme, each as the viewer may see it. */
    private List<Application> acrossProgrammes(String viewer, List<Participant> candidates,
            Predicate<ApplicationAccess> keep) {
        Map<Integer, List<Participant>> byProgramme = new LinkedHashMap<>();
        for (Participant p : candidates) {
            byProgramme.computeIfAbsent(p.programmeId(), id -> new ArrayList<>()).add(p);
        }
        List<ApplicationAccess> wanted = new ArrayList<>();
        byProgramme.forEach((programmeId, group) -> programmes.findById(programmeId).ifPresent(programme -> wanted
                .addAll(accesses(programme, viewer, gate.coordinates(viewer, programme), group, keep))));
        return views.of(wanted);
    }
}
