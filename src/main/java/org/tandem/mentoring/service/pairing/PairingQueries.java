package org.tandem.mentoring.service.pairing;

import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * The pairings a person may see ({@link PairingAccess} decides): coordinators see every pairing of their programme
 * with score, explanation, warnings and reasons; the mentee and the mentor see their own published pairings (not
 * staged ones), the explanation and the consents; the mentee's manager sees that the report is paired and whether
 * the acknowledgement is needed, nothing else; everybody else gets "not found".
 */
@Named
public class PairingQueries {

    private final ProgrammeGate programmeGate;
    private final PairingGate gate;
    private final ProgrammeRepository programmes;
    private final ParticipantRepository participants;
    private final PairingStore pairings;
    private final PairingViews views;
    private final PairingManagers managers;

    public PairingQueries(ProgrammeGate gate, ProgrammeRepository programmes, ParticipantRepository participants,
            PairingStore pairings, OrgChartRepository orgChart, HostUsers users) {
        this.programmeGate = gate;
        this.managers = new PairingManagers(orgChart, users, pairings);
        this.gate = new PairingGate(gate, programmes, pairings, managers);
        this.programmes = programmes;
        this.participants = participants;
        this.pairings = pairings;
        this.views = new PairingViews(users);
    }

    /**
     * The pairings of a programme the signed-in person may see: all of them for a coordinator; otherwise their own
     * published pairings and those of their reports (as a manager sees them). {@code state} filters when not null.
     * {@code themeId} (a learning theme the mentee asked for) is for coordinators only: it selects by the mentee's
     * whole list of themes, which nobody else may see, so anybody else is refused rather than silently given an
     * unfiltered list they could take for a filtered one.
     */
    public List<PairingView> list(int programmeId, PairingState state, Integer themeId) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            Programme programme = gate.visible(programmeId, viewer);
            boolean coordinator = gate.coordinates(viewer, programme);
            if (themeId != null && !coordinator) {
                throw PairingRefusals.forbidden("theme-filter");
            }
            Set<String> withTheme = themeId == null ? null : menteesWanting(programmeId, themeId);
            List<Pairing> wanted = pairings.findByProgramme(programmeId).stream()
                    .filter(p -> (state == null || p.state() == state)
                            && (withTheme == null || withTheme.contains(p.menteeKey())))
                    .toList();
            return views.views(visible(wanted, viewer, coordinator));
        });
    }

    /**
     * The pairing board of the programme in a space, or empty when there is none, the space is not the viewer's to
     * see, or nobody is signed in.
     */
    public Optional<PairingBoard> boardForSpace(String spaceKey) {
        Optional<String> viewer = programmeGate.viewer();
        if (viewer.isEmpty()) {
            return Optional.empty();
        }
        return gate.inTransaction(() -> programmeGate.inSpace(spaceKey, viewer.get())
                .map(programme -> board(programme, viewer.get())));
    }

    /** One pairing, as the signed-in person may see it. */
    public PairingView get(int pairingId) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> views.view(gate.find(pairingId, viewer).access()));
    }

    /**
     * What waits for the signed-in person in every programme: own pairings to accept or decline, reports' pairings
     * to acknowledge, and (for coordinators of programmes that ask for it) pairings to approve as sponsor.
     */
    public List<PairingView> awaitingMe() {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            List<List<Pairing>> byRank = List.of(managers.current(pairings.findByPerson(viewer)),
                    managers.ofReports(viewer), managers.current(pairings.findWaitingForSponsor()));
            Map<Integer, Optional<Programme>> programmeOf = new HashMap<>();
            Map<Integer, Boolean> coordinates = new HashMap<>();
            Map<Integer, PairingAccess> waiting = new LinkedHashMap<>();
            for (int rank = 0; rank < byRank.size(); rank++) {
                for (Pairing pairing : byRank.get(rank)) {
                    Optional<Programme> programme = programmeOf.computeIfAbsent(pairing.programmeId(),
                            programmes::findById);
                    if (programme.isEmpty() || waiting.containsKey(pairing.id())) {
                        continue;
                    }
                    boolean coordinator = coordinates.computeIfAbsent(pairing.programmeId(),
                            id -> gate.coordinates(viewer, programme.get()));
                    PairingAccess access = new PairingAccess(pairing, viewer, coordinator);
                    if (waitingRank(access, programme.get()) == rank) {
                        waiting.put(pairing.id(), access);
                    }
                }
            }
            return views.views(List.copyOf(waiting.values()));
        });
    }

    private PairingBoard board(Programme programme, String viewer) {
        boolean coordinator = gate.coordinates(viewer, programme);
        List<PairingAccess> visible = visible(pairings.findByProgramme(programme.id()), viewer, coordinator);
        List<PairingView> all = views.views(visible);
        List<Integer> waiting = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            if (waitingRank(visible.get(i), programme) >= 0) {
                waiting.add(i);
            }
        }
        waiting.sort(Comparator.comparingInt(i -> waitingRank(visible.get(i), programme)));
        return new PairingBoard(programme.id(), programme.name(), coordinator, PairingGate.matchingOpen(programme),
                all, waiting.stream().map(all::get).toList(), coordinator ? programme.relaxDownReason() : null);
    }

    /**
     * Where a pairing that waits for the viewer's answer comes in {@link #awaitingMe()}: 0 for their own, 1 for a
     * report's, 2 for one to approve as sponsor (only where the programme still asks for it); -1 when nothing waits.
     */
    private static int waitingRank(PairingAccess access, Programme programme) {
        Optional<Party> party = access.awaiting();
        if (party.isEmpty()) {
            return -1;
        }
        return switch (party.get()) {
            case MENTEE, MENTOR -> 0;
            case MANAGER -> 1;
            case SPONSOR -> programme.sponsorApprovalRequired() ? 2 : -1;
        };
    }

    private List<PairingAccess> visible(List<Pairing> found, String viewer, boolean coordinator) {
        return managers.current(found).stream().map(p -> new PairingAccess(p, viewer, coordinator)).filter(PairingAccess::mayView)
                .toList();
    }

    private Set<String> menteesWanting(int programmeId, int themeId) {
        Set<String> keys = new LinkedHashSet<>();
        for (Participant mentee : participants.findByProgrammeAndRole(programmeId, ParticipantRole.MENTEE)) {
            if (mentee.themeIds().contains(themeId)) {
                keys.add(mentee.userKey());
            }
        }
        return keys;
    }
}
