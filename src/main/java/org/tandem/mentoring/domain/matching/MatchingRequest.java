package org.tandem.mentoring.domain.matching;

import java.util.List;
import java.util.Objects;
import org.tandem.mentoring.domain.orgchart.OrgChart;

/** Everything one matching run needs. Keys must be unique within each side; order does not matter. */
public record MatchingRequest(List<Mentee> mentees, List<Mentor> mentors, OrgChart orgChart, MatchingRules rules) {

    public MatchingRequest {
        mentees = List.copyOf(mentees);
        mentors = List.copyOf(mentors);
        Objects.requireNonNull(orgChart, "orgChart");
        Objects.requireNonNull(rules, "rules");
    }
}
