package org.tandem.mentoring.web.rest.circle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.service.circle.PeerCircles;

/** Alumni peer circles as JSON. */
final class CircleJson {

    private CircleJson() {
    }

    static Map<String, Object> circle(PeerCircles.CircleView c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("programmeId", c.programmeId());
        json.put("programme", c.programme());
        json.put("name", c.name());
        json.put("theme", c.theme());
        json.put("members", people(c.members()));
        return json;
    }

    static List<Map<String, String>> people(List<PeerCircles.Person> people) {
        return people.stream().map(p -> Map.of("key", p.key(), "name", p.name())).toList();
    }
}
