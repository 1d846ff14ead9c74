package org.tandem.mentoring.service.enrolment;

import static org.tandem.mentoring.service.people.Managers.managerOf;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;

/**
 * Applying to a programme as mentee or mentor, and what the applicant does with the application afterwards: edit
 * it, withdraw it, confirm a nomination. A manager nominates a direct report here too.
 *
 * <p>A new application goes to {@code AWAITING_MANAGER} when the programme asks for manager approval and the
 * applicant has a manager in the org chart, otherwise to {@code AWAITING_COORDINATOR}. A manager's nomination
 * creates an application in {@code APPLIED} for the report, who confirms it (it then goes straight to the
 * coordinators: the manager has already said yes) or withdraws it. Every step records who took it and when; a step
 * based on a stale version fails with {@link Refusal.Conflict} and writes nothing.
 */
@Named
public class Applications {

    private final ParticipantRepository participants;
    private final OrgChartRepository orgChart;
    private final HostUsers users;
    private final EnrolmentGate gate;
    private final ApplicationViews views;
    private final Clock clock;

    @Inject
    public Applications(ParticipantRepository participants, OrgChartRepository orgChart, HostUsers users,
            EnrolmentGate gate, ApplicationViews views, HostClock hostClock) {
        this(participants, orgChart, users, gate, views, hostClock.clock());
    }

    Applications(ParticipantRepository participants, OrgChartRepository orgChart, HostUsers users,
            EnrolmentGate gate, ApplicationViews views, Clock clock) {
        this.participants = participants;
        this.orgChart = orgChart;
        this.users = users;
        this.gate = gate;
        this.views = views;
        this.clock = clock;
    }

    /** Applies to a programme as the signed-in person. */
    public Application apply(int programmeId, ApplicationForm form) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            Programme programme = gate.visible(programmeId, viewer);
            Map<Integer, LearningTheme> offered = views.themesOf(programme);
            Map<String, FieldError> errors = check(form, viewer, programme, offered);
            if (!errors.isEmpty()) {
                throw EnrolmentRefusals.invalid(errors);
            }
            if (hasApplied(programmeId, viewer)) {
                // a conflict, as when a parallel application wins the database's unique key: one answer either way
                throw new Refusal.Conflict(EnrolmentRefusals.ALREADY_APPLIED);
            }
            String manager = managerOf(orgChart, viewer, users);
            ParticipantState state = programme.managerApprovalRequired() && manager != null
                    ? ParticipantState.AWAITING_MANAGER : ParticipantState.AWAITING_COORDINATOR;
            Participant created = participants.create(fill(
                    Participant.apply(programmeId, viewer, form.role(), List.of()), form)
                    .withDecision(state, viewer, clock.instant()));
            return views.created(ApplicationAccess.own(created, programme, manager), offered);
        });
    }

    /**
     * Changes an application the signed-in person made, while it is undecided and enrolment is open. The role
     * stays; the state does not change.
     */
    public Application edit(int applicationId, int version, ApplicationForm form) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            ApplicationAccess access = applicantsOwn(applicationId, viewer);
            if (!access.editable()) {
                throw new Refusal.Conflict(EnrolmentRefusals.STATE);
            }
            Map<Integer, LearningTheme> offered = views.themesOf(access.programme());
            Map<String, FieldError> errors = check(form, viewer, access.programme(), offered);
            Participant stored = access.participant();
            if (form != null && form.role() != null && form.role() != stored.role()) {
                errors.put(ApplicationRules.ROLE, ApplicationRules.error("role.change"));
            }
            if (!errors.isEmpty()) {
                throw EnrolmentRefusals.invalid(errors);
            }
            Participant changed = fill(stored, form);
            Participant updated = participants.update(new Participant(stored.id(), version, stored.programmeId(),
                    stored.userKey(), stored.role(), changed.themeIds(), changed.capacity(), changed.motivation(),
                    changed.goals(), changed.language(), changed.availability(), changed.preferredUserKeys(),
                    changed.excludedUserKeys(), stored.state(), stored.decidedBy(), stored.decidedAt()));
            if (ApplicationAccess.backToManagerAfterEdit(access)) {
                return gate.moveTo(access.with(updated), updated.version(), ParticipantState.AWAITING_MANAGER, null,
                        clock.instant());
            }
            return views.of(access.with(updated), offered);
        });
    }

    /** Withdraws the signed-in person's application, whatever its state short of declined or withdrawn. */
    public Application withdraw(int applicationId, int version) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> gate.moveTo(applicantsOwn(applicationId, viewer), version,
                ParticipantState.WITHDRAWN, null, clock.instant()));
    }

    /**
     * Confirms a nomination: the nominee agrees to take part. The application goes to the coordinators when the
     * current manager nominated it (or the programme asks no manager approval), otherwise to the manager.
     */
    public Application confirm(int applicationId, int version) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            ApplicationAccess access = applicantsOwn(applicationId, viewer);
            if (access.participant().state() != ParticipantState.APPLIED) {
                throw new Refusal.Conflict(EnrolmentRefusals.STATE);
            }
            boolean managerSaidYes = access.managerKey() == null
                    || access.managerKey().equals(access.participant().decidedBy());
            ParticipantState target = access.programme().managerApprovalRequired() && !managerSaidYes
                    ? ParticipantState.AWAITING_MANAGER : ParticipantState.AWAITING_COORDINATOR;
            return gate.moveTo(access, version, target, null, clock.instant());
        });
    }

    /**
     * Nominates a direct report of the signed-in person as a mentee. The application waits in {@code APPLIED} for
     * the nominee to confirm or withdraw it.
     */
    public Application nominate(int programmeId, String nomineeKey, ApplicationForm form) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            Programme programme = gate.visible(programmeId, viewer);
            if (nomineeKey == null || nomineeKey.isBlank() || !viewer.equals(managerOf(orgChart, nomineeKey, users))) {
                throw EnrolmentRefusals.invalid(ApplicationRules.NOMINEE,
                        ApplicationRules.error("nominee.not-report"));
            }
            Map<Integer, LearningTheme> offered = views.themesOf(programme);
            Map<String, FieldError> errors = check(form, nomineeKey, programme, offered);
            if (form != null && form.role() != null && form.role() != ParticipantRole.MENTEE) {
                errors.put(ApplicationRules.ROLE, ApplicationRules.error("nominee.role"));
            }
            if (!errors.containsKey(ApplicationRules.PROGRAMME) && hasApplied(programmeId, nomineeKey)) {
                errors.put(ApplicationRules.NOMINEE, ApplicationRules.error("nominee.already-applied"));
            }
            if (!errors.isEmpty()) {
                throw EnrolmentRefusals.invalid(errors);
            }
            Participant created = participants.create(fill(
                    Participant.apply(programmeId, nomineeKey, ParticipantRole.MENTEE, List.of()), form)
                    .withDecision(ParticipantState.APPLIED, viewer, clock.instant()));
            return views.created(new ApplicationAccess(created, programme, viewer, viewer,
                    gate.coordinates(viewer, programme)), offered);
        });
    }

    /** The application, if the viewer made it: "not found" for those who may not see it, forbidden for the rest. */
    private ApplicationAccess applicantsOwn(int applicationId, String viewer) {
        ApplicationAccess access = gate.application(applicationId, viewer);
        if (!access.applicant()) {
            throw new Refusal.Forbidden(EnrolmentRefusals.NOT_APPLICANT);
        }
        return access;
    }

    private Map<String, FieldError> check(ApplicationForm form, String applicantKey, Programme programme,
            Map<Integer, LearningTheme> offered) {
        Set<Integer> themeIds = offered.keySet();
        Map<String, FieldError> errors = ApplicationRules.check(form, applicantKey, themeIds, users::exists);
        if (programme.phase() != ProgrammePhase.ENROLMENT_OPEN) {
            errors.put(ApplicationRules.PROGRAMME, ApplicationRules.error("programme.closed"));
        }
        return errors;
    }

    private boolean hasApplied(int programmeId, String userKey) {
        return participants.findByUser(userKey).stream()
                .anyMatch(p -> p.programmeId() == programmeId && !p.state().isFinal());
    }

    /** Copies the form onto an application; texts are trimmed and blank ones dropped. */
    private static Participant fill(Participant base, ApplicationForm form) {
        boolean mentor = base.role() == ParticipantRole.MENTOR;
        return base.withThemes(List.copyOf(new LinkedHashSet<>(form.themeIds())))
                .withCapacity(mentor ? form.capacity() : 1)
                .withStatement(ProgrammeGate.trim(form.motivation()), ProgrammeGate.trim(form.goals()),
                        ProgrammeGate.trim(form.language()), ProgrammeGate.trim(form.availability()))
                .withPeople(List.copyOf(new LinkedHashSet<>(form.preferredUserKeys())),
                        List.copyOf(new LinkedHashSet<>(form.excludedUserKeys())));
    }
}
