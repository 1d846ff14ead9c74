package org.tandem.mentoring.web.rest.orgchart;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.orgchart.csv.ImportProblem;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartReport;
import org.tandem.mentoring.service.orgchart.OrgChartCounts;
import org.tandem.mentoring.service.orgchart.OrgChartImportResult;
import org.tandem.mentoring.service.orgchart.OrgChartPreview;

/**
 * The JSON shapes of the org chart resource, as ordered maps. Every problem carries its message in the reader's
 * language, rendered from {@link org.tandem.mentoring.domain.orgchart.csv.ProblemCode#messageKey()} with
 * {@link ImportProblem#messageArguments()}.
 */
final class OrgChartJson {

    private final I18nResolver i18n;

    OrgChartJson(I18nResolver i18n) {
        this.i18n = i18n;
    }

    /**
     * {@code {"mode", "rows", "importable", "errors", "warnings", "changes", "confirmRemovals"}}; changes is null
     * with errors; confirmRemovals is the number an import must confirm, or null when it needs no confirmation.
     */
    Map<String, Object> preview(OrgChartPreview preview) {
        Map<String, Object> json = report(preview.mode().name(), preview.report());
        json.put("importable", preview.importable());
        json.put("changes", counts(preview.changes()));
        json.put("confirmRemovals", preview.confirmRemovals()
                ? preview.changes().map(OrgChartCounts::deleted).orElse(null) : null);
        return json;
    }

    /**
     * {@code {"mode", "rows", "imported", "errors", "warnings", "counts"}}; a rejected import also has the
     * {@code status} and {@code message} of an error body, and counts is null.
     */
    Map<String, Object> imported(OrgChartImportResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (!result.imported()) {
            json.put("status", 400);
            json.put("message", i18n.getText("tandem.orgchart.rest.rejected", result.report().errors().size()));
        }
        json.putAll(report(result.mode().name(), result.report()));
        json.put("imported", result.imported());
        json.put("counts", counts(result.counts()));
        return json;
    }

    /** The error body shared with the other resources: {@code {"status": 403, "message": "..."}}. */
    private Map<String, Object> report(String mode, OrgChartReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", mode);
        json.put("rows", report.rows().size());
        json.put("errors", problems(report.errors()));
        json.put("warnings", problems(report.warnings()));
        return json;
    }

    private List<Map<String, Object>> problems(List<ImportProblem> problems) {
        List<Map<String, Object>> json = new ArrayList<>(problems.size());
        for (ImportProblem problem : problems) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("line", problem.line());
            one.put("column", problem.column());
            one.put("code", problem.code().name());
            one.put("message", message(problem));
            one.put("value", problem.value());
            json.add(one);
        }
        return json;
    }

    String message(ImportProblem problem) {
        Serializable[] arguments = problem.messageArguments().stream().map(String::valueOf)
                .toArray(Serializable[]::new);
        return i18n.getText(problem.code().messageKey(), arguments);
    }

    private static Map<String, Object> counts(Optional<OrgChartCounts> counts) {
        if (counts.isEmpty()) {
            return null;
        }
        OrgChartCounts c = counts.get();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inserted", c.inserted());
        json.put("updated", c.updated());
        json.put("unchanged", c.unchanged());
        json.put("deleted", c.deleted());
        return json;
    }
}
