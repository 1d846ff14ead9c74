package org.tandem.mentoring.web.rest.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.learning.ExpectationsMeeting;
import org.tandem.mentoring.domain.learning.Learning;
import org.tandem.mentoring.service.learning.ExpectationsMeetings;
import org.tandem.mentoring.service.learning.FitChecks;
import org.tandem.mentoring.service.learning.ManagerMentoring;

/** The JSON shapes of learnings, expectations meetings and fit answers; only what the service let through. */
final class LearningJson {

    private LearningJson() {
    }

    static Map<String, Object> learning(Learning l, Map<Integer, String> themeNames) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", l.id());
        json.put("version", l.version());
        json.put("sessionId", l.sessionId());
        json.put("themeId", l.themeId());
        json.put("theme", themeNames.get(l.themeId()));
        json.put("text", l.text());
        json.put("shared", l.shared());
        if (l.feedback() != null) {
            json.put("feedback", l.feedback());
        }
        return json;
    }

    static Map<String, Object> expectations(ExpectationsMeetings.State state) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pairingId", state.pairingId());
        json.put("held", state.held());
        json.put("heldOn", state.heldOn() == null ? null : state.heldOn().toString());
        json.put("mayRecord", state.mayRecord());
        ExpectationsMeeting m = state.meeting();
        if (m != null) {
            json.put("version", m.version());
            json.put("themeIds", m.themeIds());
            json.put("supportTime", m.supportTime());
            json.put("supportTasks", m.supportTasks());
            json.put("notes", m.notes());
        } else {
            json.put("version", 0);
        }
        return json;
    }

    static Map<String, Object> fit(FitChecks.Question question) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pairingId", question.pairingId());
        json.put("asked", question.asked());
        json.put("answer", question.ownAnswer() == null ? null : question.ownAnswer().name());
        json.put("ended", question.ended());
        return json;
    }

    static Map<String, Object> report(ManagerMentoring.Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pairingId", report.pairingId());
        json.put("mentee", report.menteeName());
        json.put("programme", report.programmeName());
        json.put("expectations", expectations(report.expectations()));
        List<Map<String, Object>> shared = report.shared().stream()
                .map(l -> learning(l, report.themeNames())).toList();
        json.put("shared", shared);
        return json;
    }
}
