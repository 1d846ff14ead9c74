package org.tandem.mentoring.service.programme;

import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.service.PageLookups;
import org.tandem.mentoring.service.people.Managers;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;

/** The overview of the programme that lives in a space, as the signed-in person may see it. */
@Named
public class ProgrammeOverviewService {

    private final ParticipantRepository participants;
    private final LearningThemeRepository themes;
    private final OrgChartRepository orgChart;
    private final ProgrammeGate gate;

    public ProgrammeOverviewService(ParticipantRepository participants, LearningThemeRepository themes,
            OrgChartRepository orgChart, ProgrammeGate gate) {
        this.participants = participants;
        this.themes = themes;
        this.orgChart = orgChart;
        this.gate = gate;
    }

    /**
     * The overview of the programme of a space, or empty when there is none or the signed-in person may not view
     * the space (the two look the same from outside).
     */
    public Optional<ProgrammeOverview> forSpace(String spaceKey) {
        String viewer = gate.viewer().orElse(null);
        return gate.inTransaction(() -> gate.inSpace(spaceKey, viewer).map(p -> overview(p, viewer)));
    }

    /** The overview of one programme, or empty when it does not exist or its space is not the viewer's to see. */
    public Optional<ProgrammeOverview> forProgramme(int programmeId) {
        String viewer = gate.viewer().orElse(null);
        return gate.inTransaction(() -> gate.inViewableSpace(programmeId, viewer).map(p -> overview(p, viewer)));
    }

    /**
     * Coordinators see the applications by state, so their overview reads every participant; anybody else's reads
     * only their own enrolments and, for a manager, their team's applications awaiting them.
     */
    private ProgrammeOverview overview(Programme programme, String viewer) {
        boolean coordinator = gate.coordinates(viewer, programme);
        List<Participant> enrolled = coordinator ? participants.findByProgramme(programme.id()) : List.of();
        Map<ParticipantRole, Map<ParticipantState, Integer>> counts = new EnumMap<>(ParticipantRole.class);
        for (Participant participant : enrolled) {
            counts.computeIfAbsent(participant.role(), role -> new EnumMap<>(ParticipantState.class))
                    .merge(participant.state(), 1, Integer::sum);
        }
        return new ProgrammeOverview(programme, coordinator, counts, nextSteps(programme, viewer, coordinator, enrolled),
                themesByCategory(programme));
    }

    private List<NextStep> nextSteps(Programme programme, String viewer, boolean coordinator,
            List<Participant> enrolled) {
        List<NextStep> steps = new ArrayList<>();
        if (viewer == null) {
            steps.add(NextStep.of(NextStep.Kind.SIGN_IN));
            return steps;
        }
        List<Participant> mine = coordinator ? enrolled.stream().filter(p -> viewer.equals(p.userKey())).toList()
                : participants.findByProgrammeAndUser(programme.id(), viewer);
        for (Participant participant : mine) {
            steps.add(NextStep.of(stepFor(participant.state())));
        }
        if (mine.isEmpty()) {
            steps.add(NextStep.of(programme.phase() == ProgrammePhase.ENROLMENT_OPEN
                    ? NextStep.Kind.APPLY : NextStep.Kind.ENROLMENT_CLOSED));
        }
        int forManager = Managers.awaitingApproval(orgChart, participants, programme.id(), viewer).size();
        if (forManager > 0) {
            steps.add(new NextStep(NextStep.Kind.APPROVE_AS_MANAGER, forManager));
        }
        if (coordinator) {
            long forCoordinator = enrolled.stream()
                    .filter(p -> p.state() == ParticipantState.AWAITING_COORDINATOR).count();
            if (forCoordinator > 0) {
                steps.add(new NextStep(NextStep.Kind.APPROVE_AS_COORDINATOR, (int) forCoordinator));
            }
        }
        return steps;
    }

    private static NextStep.Kind stepFor(ParticipantState state) {
        return switch (state) {
            // a new application moves on at once; one that stays APPLIED is a manager's nomination
            case APPLIED -> NextStep.Kind.CONFIRM_NOMINATION;
            case AWAITING_MANAGER -> NextStep.Kind.WAIT_FOR_MANAGER;
            case AWAITING_COORDINATOR -> NextStep.Kind.WAIT_FOR_COORDINATOR;
            case APPROVED -> NextStep.Kind.APPROVED;
            case DECLINED -> NextStep.Kind.DECLINED;
            case WITHDRAWN -> NextStep.Kind.WITHDRAWN;
        };
    }

    private Map<String, List<String>> themesByCategory(Programme programme) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (LearningTheme theme : PageLookups.themesOf(themes, programme.id())) {
            grouped.computeIfAbsent(theme.category(), category -> new ArrayList<>()).add(theme.name());
        }
        return grouped;
    }
}
