package org.tandem.mentoring.service.enrolment;

import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.PageLookups;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.ParticipantRepository;

/**
 * Applications as one person may see them. However many applications a request shows, it reads the decision
 * reasons once, the themes once per programme and each person's display name once.
 */
@Named
public class ApplicationViews {

    private final ParticipantRepository participants;
    private final LearningThemeRepository themes;
    private final HostUsers users;

    public ApplicationViews(ParticipantRepository participants, LearningThemeRepository themes, HostUsers users) {
        this.participants = participants;
        this.themes = themes;
        this.users = users;
    }

    /** The views of applications, from one or several programmes, in the order given. */
    public List<Application> of(List<ApplicationAccess> accesses) {
        if (accesses.isEmpty()) {
            return List.of();
        }
        Map<Integer, String> reasons = participants.findDecisionReasons(
                accesses.stream().map(access -> access.participant().id()).toList());
        Map<Integer, Map<Integer, LearningTheme>> offered = new HashMap<>();
        Set<String> named = new LinkedHashSet<>();
        accesses.forEach(access -> named.addAll(namedIn(access)));
        Map<String, String> names = displayNames(named);
        List<Application> views = new ArrayList<>();
        for (ApplicationAccess access : accesses) {
            Programme programme = access.programme();
            views.add(view(access, reasons.get(access.participant().id()),
                    offered.computeIfAbsent(programme.id(), id -> themesOf(programme)), names));
        }
        return views;
    }

    /** The view of one stored application. */
    public Application of(ApplicationAccess access) {
        return of(List.of(access)).get(0);
    }

    /** The view of one stored application of a programme whose themes are at hand. */
    public Application of(ApplicationAccess access, Map<Integer, LearningTheme> offered) {
        int id = access.participant().id();
        return view(access, participants.findDecisionReasons(List.of(id)).get(id), offered,
                displayNames(namedIn(access)));
    }

    /** The view of an application just written: no decision has a reason yet, and the themes are at hand. */
    public Application created(ApplicationAccess access, Map<Integer, LearningTheme> offered) {
        return view(access, null, offered, displayNames(namedIn(access)));
    }

    /** The themes on offer in a programme, by id, in the store's order. */
    public Map<Integer, LearningTheme> themesOf(Programme programme) {
        Map<Integer, LearningTheme> byId = new LinkedHashMap<>();
        for (LearningTheme theme : PageLookups.themesOf(themes, programme.id())) {
            byId.put(theme.id(), theme);
        }
        return byId;
    }

    /** User key to display name, one look-up per key. */
    public Map<String, String> displayNames(Collection<String> keys) {
        Map<String, String> names = new HashMap<>();
        for (String key : keys) {
            names.put(key, users.displayName(key));
        }
        return names;
    }

    private static Application view(ApplicationAccess access, String reason, Map<Integer, LearningTheme> offered,
            Map<String, String> names) {
        Participant shown = access.shown();
        List<LearningTheme> chosen = shown.themeIds().stream().map(offered::get).filter(Objects::nonNull).toList();
        Map<String, String> own = new HashMap<>();
        for (String key : namedIn(access)) {
            own.put(key, names.get(key));
        }
        return new Application(shown, chosen, access.managerKey(), access.seesDecisionReason() ? reason : null,
                access.nominated(), access.managerStepSkipped(), own, access.actions());
    }

    /** Everybody the application names, as far as the viewer may see it. */
    private static Set<String> namedIn(ApplicationAccess access) {
        Participant shown = access.shown();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(shown.userKey());
        keys.add(access.managerKey());
        keys.add(shown.decidedBy());
        keys.addAll(shown.preferredUserKeys());
        keys.addAll(shown.excludedUserKeys());
        keys.remove(null);
        return keys;
    }
}
