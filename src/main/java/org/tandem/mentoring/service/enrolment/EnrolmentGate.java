package org.tandem.mentoring.service.enrolment;

import static org.tandem.mentoring.service.people.Managers.managerOf;

import jakarta.inject.Named;
import java.time.Instant;
import java.util.function.Supplier;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * What every enrolment use case starts with, in enrolment's words ({@link EnrolmentRefusals}): who is asking, the
 * programme or the application and how they relate to it, one transaction; and the one way an application moves
 * from state to state.
 */
@Named
public class EnrolmentGate {

    private final ProgrammeRepository programmes;
    private final ParticipantRepository participants;
    private final OrgChartRepository orgChart;
    private final HostUsers users;
    private final ProgrammeGate gate;
    private final ApplicationViews views;

    public EnrolmentGate(ProgrammeRepository programmes, ParticipantRepository participants,
            OrgChartRepository orgChart, HostUsers users, ProgrammeGate gate, ApplicationViews views) {
        this.programmes = programmes;
        this.participants = participants;
        this.orgChart = orgChart;
        this.users = users;
        this.gate = gate;
        this.views = views;
    }

    /** The signed-in person; forbidden for anybody who is not signed in. */
    public String signedIn() {
        return gate.signedIn(EnrolmentRefusals.SIGN_IN);
    }

    /** The programme, if the viewer may see its space or coordinates it; otherwise "not found". */
    public Programme visible(int programmeId, String viewer) {
        return gate.visible(programmeId, viewer, () -> EnrolmentRefusals.programmeNotFound(programmeId));
    }

    public boolean coordinates(String viewer, Programme programme) {
        return gate.coordinates(viewer, programme);
    }

    /** Runs {@code work} in one transaction; what the store refuses comes back as enrolment's refusal. */
    public <T> T inTransaction(Supplier<T> work) {
        return gate.inTransaction(work, EnrolmentRefusals::translate);
    }

    /** The application and the viewer's relation to it; "not found" for anybody without one. */
    public ApplicationAccess application(int applicationId, String viewer) {
        Participant participant = participants.findById(applicationId)
                .orElseThrow(() -> EnrolmentRefusals.applicationNotFound(applicationId));
        Programme programme = programmes.findById(participant.programmeId())
                .orElseThrow(() -> EnrolmentRefusals.applicationNotFound(applicationId));
        ApplicationAccess access = new ApplicationAccess(participant, programme,
                managerOf(orgChart, participant.userKey(), users), viewer,
                viewer != null && gate.coordinates(viewer, programme));
        if (!access.mayView()) {
            throw EnrolmentRefusals.applicationNotFound(applicationId);
        }
        return access;
    }

    /**
     * Moves the application to {@code target} as the viewer, if its state allows; a stale {@code version} fails
     * in the store.
     */
    public Application moveTo(ApplicationAccess access, int version, ParticipantState target, String reason,
            Instant at) {
        if (!access.participant().state().canMoveTo(target)) {
            throw new Refusal.Conflict(EnrolmentRefusals.STATE);
        }
        Participant decided = participants.decide(access.participant().id(), version, target, access.viewer(), at,
                ProgrammeGate.trim(reason));
        return views.of(access.with(decided));
    }
}
