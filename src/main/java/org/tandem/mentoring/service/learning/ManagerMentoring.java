package org.tandem.mentoring.service.learning;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.learning.Learning;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingState;

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

    /** The viewer's reports in active pairings; empty for anybody with none (or not signed in). */
    public List<Report> forViewer() {
        Optional<String> signedIn = facts.viewer();
        if (signedIn.isEmpty()) {
            return List.of();
        }
        String viewer = signedIn.get();
        List<Report> reports = new ArrayList<>();
        for (OrgPerson report : facts.orgChart().findDirectReports(viewer)) {
            for (Pairing pairing : facts.pairings().findByPerson(report.userKey())) {
                if (!report.userKey().equals(pairing.menteeKey()) || pairing.state() != PairingState.ACTIVE) {
                    continue;
                }
                facts.found(pairing).filter(f -> f.isManager(viewer)).ifPresent(found -> {
                    List<Learning> shared = facts.store().findShared(List.of(pairing.id())).stream()
                            .map(l -> viewer.equals(l.feedbackBy()) ? l : withoutFeedback(l))
                            .collect(Collectors.toList());
                    reports.add(new Report(pairing.id(), facts.name(pairing.menteeKey()), found.programme().name(),
                            meetings.state(found, viewer).orElseThrow(), shared,
                            facts.themeNames(pairing.programmeId())));
                });
            }
        }
        return reports;
    }

    private static Learning withoutFeedback(Learning l) {
        return new Learning(l.id(), l.programmeId(), l.pairingId(), l.sessionId(), l.menteeKey(), l.themeId(),
                l.text(), l.shared(), l.sharedAt(), null, null, null, l.createdAt(), l.version());
    }
}
