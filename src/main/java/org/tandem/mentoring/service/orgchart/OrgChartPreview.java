package org.tandem.mentoring.service.orgchart;

import java.util.Optional;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartReport;

/**
 * A file checked against the stored chart, nothing written.
 *
 * @param mode    the mode the preview was made for
 * @param report  the rows and every problem by line
 * @param changes what the import would change, empty when the report holds an error
 * @param confirmRemovals true when the import must confirm the number of removals (changes' deleted)
 * @param file    the header, first rows, mapping and level words, for the mapping step
 */
public record OrgChartPreview(ImportMode mode, OrgChartReport report, Optional<OrgChartCounts> changes,
        boolean confirmRemovals, OrgChartFileView file) {

    public OrgChartPreview(ImportMode mode, OrgChartReport report, Optional<OrgChartCounts> changes) {
        this(mode, report, changes, false);
    }

    public OrgChartPreview(ImportMode mode, OrgChartReport report, Optional<OrgChartCounts> changes,
            boolean confirmRemovals) {
        this(mode, report, changes, confirmRemovals, OrgChartFileView.NONE);
    }

    public boolean importable() {
        return !report.hasErrors();
    }
}
