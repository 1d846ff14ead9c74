package org.tandem.mentoring.web.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.service.programme.ProgrammeOverview;

/** The JSON shape of a programme. {@code applications} is present for coordinators only. */
public record ProgrammeJson(
        int id,
        int version,
        String name,
        String spaceKey,
        String type,
        String phase,
        String startDate,
        String endDate,
        int durationMonths,
        String cadence,
        String purpose,
        String goals,
        String confidentialityRules,
        boolean managerApprovalRequired,
        boolean sponsorApprovalRequired,
        List<Map<String, Object>> nextSteps,
        Map<String, Map<String, Integer>> applications,
        Map<String, List<String>> themes) {

    static ProgrammeJson of(ProgrammeOverview overview) {
        Programme p = overview.programme();
        List<Map<String, Object>> steps = overview.nextSteps().stream()
                .map(step -> Map.<String, Object>of("kind", step.kind().name(), "count", step.count()))
                .toList();
        Map<String, Map<String, Integer>> applications = null;
        if (overview.coordinator()) {
            applications = new LinkedHashMap<>();
            for (var byRole : overview.applicationCounts().entrySet()) {
                Map<String, Integer> byState = new LinkedHashMap<>();
                byRole.getValue().forEach((state, count) -> byState.put(state.name(), count));
                applications.put(byRole.getKey().name(), byState);
            }
        }
        return new ProgrammeJson(p.id(), p.version(), p.name(), p.spaceKey(), p.type().name(), p.phase().name(),
                p.startDate() == null ? null : p.startDate().toString(),
                p.endDate() == null ? null : p.endDate().toString(), p.durationMonths(), p.cadence().name(),
                p.purpose(), p.goals(), p.confidentialityRules(), p.managerApprovalRequired(),
                p.sponsorApprovalRequired(), steps, applications, overview.themesByCategory());
    }
}
