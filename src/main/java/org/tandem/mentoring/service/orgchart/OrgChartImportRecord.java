package org.tandem.mentoring.service.orgchart;

/**
 * One org chart import as recorded, for the administration page.
 *
 * @param userKey    who imported
 * @param userName   their display name now
 * @param importedAt when, in epoch milliseconds
 * @param mode       how
 * @param counts     what it changed
 */
public record OrgChartImportRecord(String userKey, String userName, long importedAt, ImportMode mode,
        OrgChartCounts counts) {
}
