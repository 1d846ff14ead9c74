package org.tandem.mentoring.service.thanks;

import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostSpaceMembers;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.SessionStore;
import org.tandem.mentoring.store.SurveyRepository;

/**
 * The mentors' thank-you, made when it is asked for (nothing is stored): once one of a mentor's pairings in a
 * programme has ended, or the programme is closing or over, the mentor may open a printable thank-you with their name,
 * the programme, the days they mentored, how many mentees they had and how many sessions were held, signed by the
 * programme's coordinators. Only the mentor and the programme's coordinators may open it; for anybody else, and
 * while there is nothing to thank for, it does not exist (404), as a pairing's own page does not.
 */
@Named
public class MentorThanks {

    public static final String SIGN_IN = "tandem.thanks.error.sign-in";
    public static final String NOT_FOUND = "tandem.thanks.error.not-found";
    /** Most coordinator names a thank-you is signed with. */
    static final int MAX_SIGNATURES = 5;

    private final ProgrammeGate gate;
    private final SurveyRepository memberships;
    private final SessionStore sessions;
    private final HostUsers users;
    private final HostSpaces spaces;
    private final HostSpaceMembers members;
    private final HostClock clock;

    public MentorThanks(ProgrammeGate gate, SurveyRepository memberships, SessionStore sessions, HostUsers users,
            HostSpaces spaces, HostSpaceMembers members, HostClock clock) {
        this.gate = gate;
        this.memberships = memberships;
        this.sessions = sessions;
        this.users = users;
        this.spaces = spaces;
        this.members = members;
        this.clock = clock;
    }

    /**
     * The thank-you of {@code mentorKey} (null: the signed-in person) in programme {@code programmeId}.
     *
     * @throws Refusal.Forbidden for somebody not signed in
     * @throws Refusal.NotFound  for anybody but the mentor and the coordinators, and while there is nothing to thank for
     */
    public ThankYou thankYou(int programmeId, String mentorKey) {
        String viewer = gate.signedIn(SIGN_IN);
        String mentor = mentorKey == null || mentorKey.isBlank() ? viewer : mentorKey;
        Programme programme = gate.visible(programmeId, viewer, () -> new Refusal.NotFound(NOT_FOUND));
        if (!mentor.equals(viewer) && !gate.coordinates(viewer, programme)) {
            throw new Refusal.NotFound(NOT_FOUND);
        }
        List<SurveyRepository.Membership> mentored = memberships.memberships(mentor).stream()
                .filter(m -> m.programmeId() == programmeId && !m.mentee() && !m.manager()).toList();
        boolean over = programme.phase() == ProgrammePhase.CLOSING || programme.phase() == ProgrammePhase.ALUMNI
                || programme.phase() == ProgrammePhase.ARCHIVED;
        if (mentored.isEmpty() || (!over && mentored.stream().allMatch(m -> m.endedAt() == null))) {
            throw new Refusal.NotFound(NOT_FOUND);
        }
        Instant now = clock.now();
        LocalDate from = day(mentored.stream().map(SurveyRepository.Membership::activeSince)
                .min(Comparator.naturalOrder()).orElseThrow());
        boolean running = mentored.stream().anyMatch(m -> m.endedAt() == null);
        LocalDate lastEnd = mentored.stream().map(SurveyRepository.Membership::endedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).map(MentorThanks::day).orElse(null);
        LocalDate to = running ? latest(programme.endDate(), day(now)) : lastEnd;
        int held = 0;
        for (SurveyRepository.Membership m : mentored) {
            held += (int) sessions.findSessions(m.pairingId()).stream()
                    .filter(s -> !s.startsAt().isAfter(now)).count();
        }
        return new ThankYou(programme, mentor, users.displayName(mentor), from, to, mentored.size(), held,
                signatures(programme));
    }

    /** The space administrators' names, the people who run the programme. */
    private List<String> signatures(Programme programme) {
        if (programme.spaceKey() == null) {
            return List.of();
        }
        return members.withPermissions(programme.spaceKey()).stream()
                .filter(key -> users.isActive(key) && spaces.canAdminister(key, programme.spaceKey()))
                .map(users::displayName).sorted().limit(MAX_SIGNATURES).toList();
    }

    private static LocalDate latest(LocalDate end, LocalDate today) {
        return end == null || end.isAfter(today) ? today : end;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
