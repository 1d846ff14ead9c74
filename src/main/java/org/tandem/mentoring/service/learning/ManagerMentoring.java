package org.tandem.mentoring.service.learning;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.learning.ExpectationsMeeting;
import org.tandem.mentoring.domain.learning.Learning;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.service.people.Managers;

/**
 * "Your reports' mentoring": for the signed-in person's current direct reports who are mentees in an active
 * pairing, the expectations meeting to hold or as recorded with them, and the learnings each report shared, with
 * their themes and the viewer's own feedback. Nothing else: no notes, nothing unshared, no mentor's name, nobody
 * who does not report to the viewer now.
 */
@Named
public class ManagerMentoring {

    /** One report in one pairing. {@code feedback} on a learning is shown only when the viewer wrote it. */
    public record Report(int pairingId, String menteeName, String programmeName,
            ExpectationsMeetings.State expectations, List<Learning> shared, Map<Integer, String> themeNames) {
    }

    private final MenteeFacts facts;
    private final ExpectationsMeetings meetings;

    @Inject
    public ManagerMentoring(MenteeFacts facts, ExpectationsMeetings meetings) {
        this.facts = facts;
        this.meetings = meetings;
    }

    /**
     * The viewer's reports in active pairings; empty for anybody with none (or not signed in). Read with a fixed
     * number of queries per 500 reports (and two per programme for its themes), never one per report or pairing.
     */
    public List<Report> forViewer() {
        Optional<String> signedIn = facts.viewer();
        if (signedIn.isEmpty()) {
            return List.of();
        }
        String viewer = signedIn.get();
        List<String> reportKeys = facts.orgChart().findDirectReports(viewer).stream().map(OrgPerson::userKey)
                .toList();
        if (reportKeys.isEmpty()) {
            return List.of();
        }
        Map<String, List<Pairing>> activeOf = new LinkedHashMap<>();
        for (Pairing pairing : facts.pairings().findByMentees(reportKeys)) {
            if (pairing.state() == PairingState.ACTIVE) {
                activeOf.computeIfAbsent(pairing.menteeKey(), k -> new ArrayList<>()).add(pairing);
            }
        }
        if (activeOf.isEmpty()) {
            return List.of();
        }
        List<String> mentees = List.copyOf(activeOf.keySet());
        Map<String, String> managers = Managers.managersOf(facts.orgChart(), mentees, facts.users());
        Map<Integer, Programme> programmes = facts.programmesById(activeOf.values().stream()
                .flatMap(List::stream).map(Pairing::programmeId).toList());
        List<MenteeFacts.Found> found = new ArrayList<>();
        for (String report : reportKeys) {
            for (Pairing pairing : activeOf.getOrDefault(report, List.of())) {
                Programme programme = programmes.get(pairing.programmeId());
                if (programme != null && viewer.equals(managers.get(report))) {
                    found.add(new MenteeFacts.Found(pairing, programme, viewer));
                }
            }
        }
        List<Integer> ids = found.stream().map(f -> f.pairing().id()).toList();
        Map<Integer, List<Learning>> shared = facts.store().findShared(ids).stream()
                .map(l -> viewer.equals(l.feedbackBy()) ? l : withoutFeedback(l))
                .collect(Collectors.groupingBy(Learning::pairingId));
        Map<Integer, List<ExpectationsMeeting>> held = facts.store().findExpectations(ids);
        Map<Integer, List<LearningTheme>> themes = facts.themesOf(found.stream().map(MenteeFacts.Found::pairing)
                .toList());
        Map<Integer, Map<Integer, String>> themeNames = new HashMap<>();
        List<Report> reports = new ArrayList<>();
        for (MenteeFacts.Found f : found) {
            Pairing pairing = f.pairing();
            reports.add(new Report(pairing.id(), facts.name(pairing.menteeKey()), f.programme().name(),
                    meetings.state(f, viewer, held.getOrDefault(pairing.id(), List.of()),
                            themes.get(pairing.id())).orElseThrow(),
                    shared.getOrDefault(pairing.id(), List.of()),
                    themeNames.computeIfAbsent(pairing.programmeId(), facts::themeNames)));
        }
        return reports;
    }

    private static Learning withoutFeedback(Learning l) {
        return new Learning(l.id(), l.programmeId(), l.pairingId(), l.sessionId(), l.menteeKey(), l.themeId(),
                l.text(), l.shared(), l.sharedAt(), null, null, null, l.createdAt(), l.version());
    }
}
