package org.tandem.mentoring.web.rest.pairing;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.pairing.PairingEvent;
import org.tandem.mentoring.domain.pairing.PairingWarning;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.service.pairing.PairingAction;
import org.tandem.mentoring.service.pairing.PairingView;
import org.tandem.mentoring.service.pairing.RunResult;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.programme.ThemeNames;

/**
 * The JSON shapes of pairings, built as ordered maps so that what an audience may not see is absent, not null.
 * People appear as {@code {"userKey", "displayName"}}; instants are ISO-8601; the explanation and the warnings carry
 * their message key and the text in the reader's language.
 */
final class PairingJson {

    private final I18nResolver i18n;
    private final ViewerLanguage language;

    PairingJson(I18nResolver i18n, ViewerLanguage language) {
        this.i18n = i18n;
        this.language = language;
    }

    Map<String, Object> pairing(PairingView view) {
        return pairing(view, language.locale());
    }

    /** Pairings in the viewer's language, asking the host for that language once for the whole list. */
    List<Map<String, Object>> pairings(List<PairingView> views) {
        Locale reader = language.locale();
        return views.stream().map(view -> pairing(view, reader)).toList();
    }

    private Map<String, Object> pairing(PairingView view, Locale reader) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", view.id());
        json.put("version", view.version());
        json.put("programmeId", view.programmeId());
        json.put("audience", view.audience().name());
        json.put("state", view.state().name());
        json.put("mentee", person(view, view.menteeKey()));
        putIfPresent(json, "mentor", person(view, view.mentorKey()));
        putIfPresent(json, "score", view.score());
        if (!view.breakdown().isEmpty()) {
            Map<String, Integer> points = new LinkedHashMap<>();
            view.breakdown().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> points.put(e.getKey().name(), e.getValue()));
            json.put("breakdown", points);
        }
        if (view.explanation() != null) {
            json.put("explanation", explanation(view.explanation(), reader));
        }
        if (view.score() != null) {
            List<Map<String, String>> warnings = new ArrayList<>();
            view.warnings().stream().sorted().forEach(w -> warnings.add(warning(w, reader)));
            json.put("warnings", warnings);
        }
        putIfPresent(json, "reason", view.reason());
        putIfPresent(json, "manager", person(view, view.managerKey()));
        Map<String, String> consents = new LinkedHashMap<>();
        for (Party party : Party.values()) {
            if (view.consents().containsKey(party)) {
                consents.put(party.name(), view.consents().get(party).name());
            }
        }
        json.put("consents", consents);
        putIfPresent(json, "decidedBy", person(view, view.decidedBy()));
        putIfPresent(json, "decidedAt", view.decidedAt() == null ? null : view.decidedAt().toString());
        putIfPresent(json, "endReason", view.endReason());
        json.put("actions", view.actions().stream().sorted().map(PairingAction::name).toList());
        return json;
    }

    Map<String, Object> run(RunResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("staged", pairings(result.staged()));
        json.put("unmatchedMentees", result.unmatchedMentees().stream()
                .map(key -> Map.of("userKey", key, "displayName", result.names().getOrDefault(key, key))).toList());
        json.put("matchedCount", result.matchedCount());
        json.put("totalScore", result.totalScore());
        json.put("took", Map.of("readMs", result.timings().readMs(), "prepareMs", result.timings().prepareMs(),
                "solveMs", result.timings().solveMs(), "storeMs", result.timings().storeMs()));
        return json;
    }

    Map<String, Object> event(PairingEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", event.id());
        json.put("pairingId", event.pairingId());
        json.put("type", event.type().name());
        json.put("actorKey", event.actorKey());
        json.put("at", event.at().toString());
        putIfPresent(json, "detail", event.detail());
        return json;
    }

    private List<Map<String, Object>> explanation(Explanation explanation, Locale reader) {
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Explanation.Part part : explanation.parts()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("key", part.key());
            json.put("args", part.args());
            json.put("text", ThemeNames.explanation(i18n, reader, part));
            parts.add(json);
        }
        return parts;
    }

    private Map<String, String> warning(PairingWarning warning, Locale reader) {
        String key = "tandem.pairing.warning." + warning.name();
        Map<String, String> json = new LinkedHashMap<>();
        json.put("code", warning.name());
        json.put("text", i18n.getText(reader, key));
        return json;
    }

    private static Map<String, String> person(PairingView view, String userKey) {
        if (userKey == null) {
            return null;
        }
        Map<String, String> json = new LinkedHashMap<>();
        json.put("userKey", userKey);
        json.put("displayName", view.displayName(userKey));
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String field, Object value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
