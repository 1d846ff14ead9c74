package org.tandem.mentoring.service.orgchart;

/**
 * What an import changes (or, in a preview, would change), person by person.
 *
 * @param inserted  people new to the chart
 * @param updated   people whose stored row changes
 * @param unchanged people of the file whose stored row stays as it is
 * @param deleted   people who leave the chart (only when replacing)
 */
public record OrgChartCounts(int inserted, int updated, int unchanged, int deleted) {
}
