package org.tandem.mentoring.store;

import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tandem.mentoring.domain.orgchart.OrgChart;
import org.tandem.mentoring.domain.orgchart.OrgPerson;

/**
 * Lets a mocked {@link OrgChartRepository} answer {@code whole}, {@code snapshot}, {@code findDirectReports} and
 * {@code findByUserKeys} from a map of people.
 */
public final class OrgChartStubs {

    private OrgChartStubs() {
    }

    /** Answers from {@code stored} as it is at the time of each call, so a test may change it between calls. */
    public static void answerFrom(OrgChartRepository orgChart, Map<String, OrgPerson> stored) {
        when(orgChart.whole()).thenAnswer(call -> OrgChart.of(List.copyOf(stored.values())));
        when(orgChart.snapshot(anyCollection())).thenAnswer(call -> snapshot(stored, call.getArgument(0)));
        when(orgChart.findDirectReports(anyString())).thenAnswer(call -> stored.values().stream()
                .filter(p -> call.getArgument(0).equals(p.managerKey()))
                .sorted(Comparator.comparing(OrgPerson::userKey)).toList());
        when(orgChart.findByUserKeys(anyCollection())).thenAnswer(call -> {
            Map<String, OrgPerson> found = new LinkedHashMap<>();
            for (Object key : call.<Collection<?>>getArgument(0)) {
                OrgPerson person = stored.get(key);
                if (person != null) {
                    found.put(person.userKey(), person);
                }
            }
            return found;
        });
    }

    /** The people with these keys and everyone above them, as the repository reads them. */
    public static OrgChart snapshot(Map<String, OrgPerson> stored, Collection<String> userKeys) {
        Map<String, OrgPerson> found = new LinkedHashMap<>();
        Deque<String> todo = new ArrayDeque<>(userKeys.stream().filter(Objects::nonNull).toList());
        while (!todo.isEmpty()) {
            OrgPerson person = stored.get(todo.pop());
            if (person != null && found.putIfAbsent(person.userKey(), person) == null && person.hasManager()) {
                todo.push(person.managerKey());
            }
        }
        return OrgChart.of(found.values());
    }
}
