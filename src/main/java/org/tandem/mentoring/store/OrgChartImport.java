package org.tandem.mentoring.store;

/** What a bulk write of the organisation chart did. */
public record OrgChartImport(int inserted, int updated, int unchanged, int deleted) {
}
