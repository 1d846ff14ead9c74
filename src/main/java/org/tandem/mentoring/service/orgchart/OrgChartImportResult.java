package org.tandem.mentoring.service.orgchart;

import java.util.Optional;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartReport;

/**
 * The outcome of an import: the counts when it was written, or only the report when the file had an error (then
 * nothing was written).
 */
public record OrgChartImportResult(ImportMode mode, OrgChartReport report, Optional<OrgChartCounts> counts) {

    static OrgChartImportResult imported(ImportMode mode, OrgChartReport report, OrgChartCounts counts) {
        return new OrgChartImportResult(mode, report, Optional.of(counts));
    }

    static OrgChartImportResult rejected(ImportMode mode, OrgChartReport report) {
        return new OrgChartImportResult(mode, report, Optional.empty());
    }

    public boolean imported() {
        return counts.isPresent();
    }
}
