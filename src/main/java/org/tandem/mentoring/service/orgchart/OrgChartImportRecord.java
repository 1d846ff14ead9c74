package org.tandem.mentoring.service.orgchart;

/**
 * One org chart import as recorded, for the administration page.
 *
 * @param userKey    who imported
 * @param userName   their display name now
 * @param importedAt when, in epoch milliseconds
 * @param mode       how
 * @param counts     what it changed
 * @param id         the record's id, to read its kept report
 * @param nightly    true for a run of the nightly file (then userKey is whoever set it up)
 * @param outcome    null when written; REJECTED, HELD or FAILED when a nightly run wrote nothing
 */
public record OrgChartImportRecord(String userKey, String userName, long importedAt, ImportMode mode,
        OrgChartCounts counts, long id, boolean nightly, String outcome) {

    public OrgChartImportRecord(String userKey, String userName, long importedAt, ImportMode mode,
            OrgChartCounts counts) {
        this(userKey, userName, importedAt, mode, counts, 0, false, null);
    }

    /** Whether the run wrote the chart. */
    public boolean written() {
        return outcome == null;
    }
}
