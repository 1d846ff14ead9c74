package org.tandem.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.learning.ExpectationsMeeting;
import org.tandem.mentoring.domain.learning.Learning;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.session.ActionItem;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.domain.session.SessionFormat;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.AoSessionStore;
import org.tandem.mentoring.store.LearningRepository;
import org.tandem.mentoring.store.SharedHomeNoteKeys;

/**
 * The running pair of the first programme, written through the stores: the demo pair is active, has its pairing
 * page and two past session pages (restricted to the two of them and holding Tandem's macros), notes by both, action
 * items, the expectations meeting held with the mentee's manager, one learning shared (with the manager's answer)
 * and one kept private. Dates are relative to the day the demo data is written, so the sessions are always past.
 */
final class DemoPair {

    private DemoPair() {
    }

    static void write(ActiveObjects ao, SandboxContent content, SandboxUsers users, Programme programme,
            SandboxUsers.Person mentee, SandboxUsers.Person mentor, List<Integer> themeIds, Path sharedHome) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        String manager = mentee.managerKey();
        AoPairingStore pairings = new AoPairingStore(ao);
        Pairing staged = pairings.stage(Pairing.staged(programme.id(), new Proposal(mentee.key(), mentor.key(), 20,
                Map.of(Criterion.THEME_FIT, 20), new Explanation(List.of())), java.util.Set.of(), null, mentor.key(),
                now.minus(40, ChronoUnit.DAYS)), PairingEventType.STAGED, mentor.key(),
                now.minus(40, ChronoUnit.DAYS), null);
        pairings.reserveSeats(programme.id(), Map.of(mentor.key(), 2));
        Pairing proposed = pairings.save(staged.proposed(manager, false), PairingEventType.PUBLISHED, mentor.key(),
                now.minus(39, ChronoUnit.DAYS), null);
        Pairing active = proposed.withConsent(Party.MENTEE, Consent.GIVEN, null, null)
                .withConsent(Party.MENTOR, Consent.GIVEN, null, null);
        if (manager != null) {
            active = active.withConsent(Party.MANAGER, Consent.GIVEN, null, null);
        }
        active = pairings.save(active.decidedBy(mentee.key(), now.minus(38, ChronoUnit.DAYS)),
                PairingEventType.MENTEE_ACCEPTED, mentee.key(), now.minus(38, ChronoUnit.DAYS), null);

        List<String> pair = List.of(mentee.key(), mentor.key());
        long pairings0 = content.pages(DemoData.SPACE).stream().filter(p -> p.title().equals("Pairings"))
                .findFirst().orElseThrow().id();
        SandboxContent.Page home = content.createPage(DemoData.SPACE, "Mentoring: " + mentee.fullName() + " and "
                + mentor.fullName(), pairings0, macro("tandem-pairing-checkin") + macro("tandem-pairing-home")
                + "<p>This page is restricted to the two of you.</p>", mentor.key());
        restrict(content, home.id(), pair);
        AoSessionStore sessions = new AoSessionStore(ao, SharedHomeNoteKeys.in(sharedHome));
        sessions.bindHomePage(active.id(), home.id());

        LearningRepository learnings = new LearningRepository(ao, SharedHomeNoteKeys.in(sharedHome));
        if (manager != null) {
            learnings.saveExpectations(new ExpectationsMeeting(0, active.id(), mentee.key(), manager,
                    LocalDate.now().minusDays(30), themeIds, "Two hours a month in work time",
                    "Lead the team's planning meeting once a month", "We agreed to look at delegation first",
                    manager, now.minus(30, ChronoUnit.DAYS), 0), 0);
        }
        String[][] notes = {
            {"Getting to know each other. She wants to delegate more and fears losing control.",
                "Mentor was easy to talk to. I will try handing over one report a week."},
            {"The report went well; next, the planning meeting. Talked about saying no to her director.",
                "I handed over the weekly report and nothing broke. Still nervous about the planning meeting."}};
        for (int i = 0; i < 2; i++) {
            Instant start = now.minus(28 - 14L * i, ChronoUnit.DAYS);
            Session session = sessions.createSession(Session.planned(active.id(), start, ZoneId.of("Europe/Berlin"),
                    45, i == 0 ? SessionFormat.IN_PERSON : SessionFormat.VIDEO, themeIds, mentor.key(), start));
            SandboxContent.Page page = content.createPage(DemoData.SPACE, "Session " + (i + 1) + " of "
                    + mentee.fullName() + " and " + mentor.fullName(), home.id(), macro("tandem-session")
                    + macro("tandem-learnings") + "<p>The notes box is for the two of you only; this page is "
                    + "restricted to the two of you.</p><h2>Agenda</h2><h3>Time for the mentee</h3>"
                    + "<h3>Time for the mentor</h3><h3>Time for the future</h3>", mentor.key());
            restrict(content, page.id(), pair);
            sessions.bindSessionPage(session.id(), page.id());
            sessions.writeNote(session.id(), mentor.key(), notes[i][0], start, 0);
            sessions.writeNote(session.id(), mentee.key(), notes[i][1], start, 0);
            sessions.addActionItem(ActionItem.open(session.id(), active.id(), i == 0
                    ? "Hand over the weekly report" : "Prepare the planning meeting agenda", mentee.key(),
                    LocalDate.now().minusDays(20 - 14L * i), mentee.key(), start));
            if (i == 1 && !themeIds.isEmpty()) {
                Learning shared = learnings.addLearning(Learning.draft(programme.id(), active.id(), session.id(),
                        mentee.key(), themeIds.get(0), "Delegating the weekly report gave me two hours for "
                                + "planning.", start));
                shared = learnings.setShared(shared.id(), true, start, shared.version());
                if (manager != null) {
                    learnings.setFeedback(shared.id(), manager, "Well done; let us pick the next report together.",
                            start.plus(2, ChronoUnit.DAYS), shared.version());
                }
                learnings.addLearning(Learning.draft(programme.id(), active.id(), session.id(), mentee.key(),
                        themeIds.get(0), "I still check every detail my team sends me.", start));
            }
        }
    }

    private static void restrict(SandboxContent content, long pageId, List<String> pair) {
        for (String key : pair) {
            content.restrictToUser(pageId, SandboxPermissions.VIEW, key);
            content.restrictToUser(pageId, SandboxPermissions.EDIT, key);
        }
    }

    private static String macro(String name) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\"/>";
    }
}
