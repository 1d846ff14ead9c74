package org.tandem.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.learning.ExpectationsMeeting;
import org.tandem.mentoring.domain.learning.Learning;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.matching.Proposal;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.PairingEventType;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.session.Session;
import org.tandem.mentoring.domain.session.SessionFormat;
import org.tandem.mentoring.store.AoPairingStore;
import org.tandem.mentoring.store.AoSessionStore;
import org.tandem.mentoring.store.LearningRepository;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.SharedHomeNoteKeys;

/**
 * What the dashboards need beyond the demo pair: one Sales lead ({@link #manager}) whose four reports are in the
 * first programme (a pair meeting every fortnight, one monthly, one dormant since ten weeks, one application waiting
 * for the lead's approval), two reports of a second lead under the same manager meeting regularly, expectations
 * meetings and a shared learning that waits for the lead's feedback; and the pages that hold the dashboards: the
 * manager's view, the view of everyone below, and the cross-programme view. Written once, through the stores.
 */
final class DemoDashboards {

    static final String MANAGER_PAGE = "My reports in mentoring";
    static final String EVERYONE_PAGE = "Everyone below me in mentoring";
    static final String ACROSS_PAGE = "All programmes";

    private DemoDashboards() {
    }

    /** The Sales lead with four reports in the programme. */
    static SandboxUsers.Person manager(SandboxUsers users) {
        List<SandboxUsers.Person> leads = users.all().stream().filter(p -> p.level() == 5
                && p.department().equals("Sales") && !users.isAdmin(p.key())
                && !users.isMember(p.key(), DemoData.COORDINATORS)).toList();
        return leads.get(0);
    }

    /** The second Sales lead under the same manager. */
    static SandboxUsers.Person peer(SandboxUsers users) {
        SandboxUsers.Person lead = manager(users);
        return users.all().stream().filter(p -> p.level() == 5 && !p.key().equals(lead.key())
                && lead.managerKey().equals(p.managerKey())).findFirst().orElseThrow();
    }

    static void write(ActiveObjects ao, SandboxUsers users, SandboxContent content, Path sharedHome) {
        Programme programme = new ProgrammeRepository(ao).findBySpaceKey(DemoData.SPACE).orElse(null);
        if (programme == null || content.pages(DemoData.SPACE).stream().anyMatch(p -> p.title().equals(
                MANAGER_PAGE))) {
            return;
        }
        SandboxUsers.Person lead = manager(users);
        SandboxUsers.Person peer = peer(users);
        List<SandboxUsers.Person> reports = reportsOf(users, lead.key());
        List<SandboxUsers.Person> peerReports = reportsOf(users, peer.key()).subList(0, 2);
        List<SandboxUsers.Person> mentors = new ArrayList<>(users.all().stream().filter(p -> p.level() == 4
                && p.department().equals("Finance")).toList());
        List<Integer> themes = new LearningThemeRepository(ao).findDefaultTaxonomy().stream().limit(4)
                .map(LearningTheme::id).toList();
        ParticipantRepository participants = new ParticipantRepository(ao);
        String coordinator = DemoData.coordinator(users).key();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        AoPairingStore pairings = new AoPairingStore(ao);
        AoSessionStore sessions = new AoSessionStore(ao, SharedHomeNoteKeys.in(sharedHome));
        LearningRepository learnings = new LearningRepository(ao, SharedHomeNoteKeys.in(sharedHome));

        // days between sessions and sessions held: fortnightly, monthly, dormant (last one ten weeks ago)
        int[][] rhythms = {{14, 4}, {28, 2}, {70, 1}, {14, 3}, {21, 3}};
        List<SandboxUsers.Person> paired = new ArrayList<>(reports.subList(0, 3));
        paired.addAll(peerReports);
        for (int i = 0; i < paired.size(); i++) {
            SandboxUsers.Person mentee = paired.get(i);
            SandboxUsers.Person mentor = mentors.get(i);
            enrol(participants, programme, mentee, ParticipantRole.MENTEE, themes, coordinator, now, true);
            enrol(participants, programme, mentor, ParticipantRole.MENTOR, themes, coordinator, now, true);
            pairings.reserveSeats(programme.id(), Map.of(mentor.key(), 1));
            Pairing active = activate(pairings, programme, mentee, mentor, now.minus(90, ChronoUnit.DAYS));
            if (i != 2) {
                learnings.saveExpectations(new ExpectationsMeeting(0, active.id(), mentee.key(),
                        mentee.managerKey(), LocalDate.now().minusDays(80), themes.subList(0, 2),
                        "An hour a fortnight in work time", "Lead one customer review", "", mentee.managerKey(),
                        now.minus(80, ChronoUnit.DAYS), 0), 0);
            }
            int gap = rhythms[i][0];
            Session last = null;
            for (int s = 0; s < rhythms[i][1]; s++) {
                Instant start = now.minus(gap * (i == 2 ? 1L : rhythms[i][1] - s) + (i == 2 ? 0 : 3),
                        ChronoUnit.DAYS);
                last = sessions.createSession(Session.planned(active.id(), start, ZoneId.of("Europe/London"), 45,
                        s % 2 == 0 ? SessionFormat.VIDEO : SessionFormat.IN_PERSON, themes.subList(0, 1),
                        mentor.key(), start));
            }
            if (i == 0 || i == 3) {
                Learning shared = learnings.addLearning(Learning.draft(programme.id(), active.id(), last.id(),
                        mentee.key(), themes.get(i == 0 ? 1 : 2), "Asking before proposing kept the customer "
                                + "talking.", last.startsAt()));
                learnings.setShared(shared.id(), true, last.startsAt(), shared.version());
            }
        }
        enrol(participants, programme, reports.get(3), ParticipantRole.MENTEE, themes, coordinator, now, false);
        formerColleagues(ao);

        SandboxContent.Page home = content.pages(DemoData.SPACE).stream().filter(p -> p.parentId() == null)
                .findFirst().orElseThrow();
        content.createPage(DemoData.SPACE, MANAGER_PAGE, home.id(), macro("tandem-manager-dashboard", ""),
                lead.key());
        content.createPage(DemoData.SPACE, EVERYONE_PAGE, home.id(), macro("tandem-manager-dashboard", "scope"),
                lead.key());
        content.createPage(DemoData.SPACE, ACROSS_PAGE, home.id(), macro("tandem-programme-dashboard", "view"),
                coordinator);
    }

    /**
     * People who have left the company since the programme started (and one who left before it), for the programme
     * dashboard's retention: their accounts are gone, the org chart noted the day each of them left.
     */
    private static void formerColleagues(ActiveObjects ao) {
        OrgChartRepository orgChart = new OrgChartRepository(ao);
        Map<String, LocalDate> left = new java.util.LinkedHashMap<>();
        left.put("former-01", LocalDate.of(2025, 11, 28));
        left.put("former-02", LocalDate.of(2026, 2, 20));
        left.put("former-03", LocalDate.of(2026, 3, 31));
        left.put("former-04", LocalDate.of(2026, 5, 15));
        left.put("former-05", LocalDate.of(2026, 6, 30));
        left.put("former-06", LocalDate.of(2026, 6, 30));
        left.put("former-07", LocalDate.of(2026, 9, 18));
        orgChart.upsertAll(left.keySet().stream().map(key -> new OrgPerson(key, null, "Sales", 6, null, null,
                "Former colleague " + key.substring(7), null)).toList());
        left.forEach((key, day) -> orgChart.remove(List.of(key), day.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private static List<SandboxUsers.Person> reportsOf(SandboxUsers users, String managerKey) {
        return users.all().stream().filter(p -> managerKey.equals(p.managerKey()) && p.level() == 6).toList();
    }

    private static void enrol(ParticipantRepository participants, Programme programme, SandboxUsers.Person p,
            ParticipantRole role, List<Integer> themes, String coordinator, Instant now, boolean approve) {
        if (participants.find(programme.id(), p.key(), role).isPresent()) {
            return;
        }
        Participant stored = participants.create(Participant.apply(programme.id(), p.key(), role,
                role == ParticipantRole.MENTEE ? themes.subList(0, 2) : themes.subList(1, 4))
                .withCapacity(1).withStatement("I want to grow with someone outside my team.",
                        "Run a customer review on my own.", p.language().split(",")[0], "Mornings"));
        Instant when = now.minus(100, ChronoUnit.DAYS);
        stored = participants.decide(stored.id(), stored.version(), ParticipantState.AWAITING_MANAGER, coordinator,
                when);
        if (approve) {
            stored = participants.decide(stored.id(), stored.version(), ParticipantState.AWAITING_COORDINATOR,
                    p.managerKey(), when.plus(1, ChronoUnit.DAYS));
            participants.decide(stored.id(), stored.version(), ParticipantState.APPROVED, coordinator,
                    when.plus(2, ChronoUnit.DAYS));
        }
    }

    private static Pairing activate(AoPairingStore pairings, Programme programme, SandboxUsers.Person mentee,
            SandboxUsers.Person mentor, Instant at) {
        Pairing staged = pairings.stage(Pairing.staged(programme.id(), new Proposal(mentee.key(), mentor.key(), 20,
                Map.of(Criterion.THEME_FIT, 20), new Explanation(List.of())), Set.of(), null, mentor.key(), at), PairingEventType.STAGED,
                mentor.key(), at, null);
        Pairing proposed = pairings.save(staged.proposed(mentee.managerKey(), false), PairingEventType.PUBLISHED,
                mentor.key(), at, null);
        Pairing active = proposed.withConsent(Party.MENTEE, Consent.GIVEN, null, null)
                .withConsent(Party.MENTOR, Consent.GIVEN, null, null)
                .withConsent(Party.MANAGER, Consent.GIVEN, null, null);
        return pairings.save(active.decidedBy(mentee.key(), at.plus(1, ChronoUnit.DAYS)),
                PairingEventType.MENTEE_ACCEPTED, mentee.key(), at.plus(1, ChronoUnit.DAYS), null);
    }

    private static String macro(String name, String parameter) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\">" + (parameter.isEmpty() ? ""
                : "<ac:parameter ac:name=\"" + parameter + "\">all</ac:parameter>") + "</ac:structured-macro>";
    }
}
