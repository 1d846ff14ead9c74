package org.tandem.mentoring.web.rest.orgchart;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.orgchart.csv.ImportProblem;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartColumn;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartReport;
import org.tandem.mentoring.service.orgchart.OrgChartFileView;
import org.tandem.mentoring.service.orgchart.OrgChartNightly;
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
        json.put("file", file(preview.file()));
        return json;
    }

    /** The mapping step: {@code {"header", "sample", "columns", "mapped", "unused", "levelWords"}}. */
    private static Map<String, Object> file(OrgChartFileView file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("header", file.header());
        json.put("sample", file.sample());
        json.put("columns", java.util.Arrays.stream(OrgChartColumn.values()).map(c -> {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("name", c.header());
            column.put("required", c.required());
            return column;
        }).toList());
        json.put("mapped", file.mapped());
        json.put("unused", file.unused());
        List<Map<String, Object>> words = new ArrayList<>();
        file.levelWords().forEach((word, level) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("word", word);
            one.put("level", level);
            words.add(one);
        });
        json.put("levelWords", words);
        return json;
    }

    /** A kept report: {@code {"id", "outcome", "rows", "removals", "leftOut", "errors", "warnings"}}. */
    Map<String, Object> kept(OrgChartNightly.Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", report.id());
        json.put("outcome", report.outcome());
        json.put("rows", report.rows());
        json.put("removals", report.removals());
        json.put("leftOut", report.leftOut());
        json.put("errors", problems(report.problems().stream().filter(ImportProblem::isError).toList()));
        json.put("warnings", problems(report.problems().stream().filter(p -> !p.isError()).toList()));
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
