package org.tandem.mentoring.domain.orgchart.csv;

import java.util.List;
import java.util.Map;

/**
 * What the people named in a file turned out to be: for each value of the user and manager columns (a username,
 * an e-mail address or a user key, as HR writes it), the user keys it matches. Found in bulk before the rules
 * run; a value missing from the map matches nobody.
 *
 * @param keys value as written to the distinct user keys it matches
 */
public record PeopleFound(Map<String, List<String>> keys) {

    public PeopleFound {
        keys = Map.copyOf(keys);
    }

    public List<String> keysFor(String value) {
        return keys.getOrDefault(value, List.of());
    }
}
