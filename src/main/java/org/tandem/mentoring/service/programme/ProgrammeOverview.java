package org.tandem.mentoring.service.programme;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Programme;

/**
 * A programme as one person may see it. {@code applicationCounts} is filled for coordinators only (aggregates by
 * state and role); everybody sees the charter, the themes on offer (by category, in the order of the taxonomy)
 * and their own next steps.
 */
public record ProgrammeOverview(
        Programme programme,
        boolean coordinator,
        Map<ParticipantRole, Map<ParticipantState, Integer>> applicationCounts,
        List<NextStep> nextSteps,
        Map<String, List<String>> themesByCategory) {

    public ProgrammeOverview {
        applicationCounts = Map.copyOf(applicationCounts);
        nextSteps = List.copyOf(nextSteps);
        themesByCategory = Collections.unmodifiableMap(new LinkedHashMap<>(themesByCategory));
    }
}
