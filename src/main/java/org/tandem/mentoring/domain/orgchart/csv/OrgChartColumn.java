package org.tandem.mentoring.domain.orgchart.csv;

import java.util.Locale;
import java.util.Optional;

/** The columns of an org chart file, named in its header line (case does not matter, order is free). */
public enum OrgChartColumn {

    /** The person's user key. */
    USER(true, OrgChartLimits.KEY),
    /** The direct manager's user key; empty at the top of the organisation. */
    MANAGER(true, OrgChartLimits.KEY),
    DEPARTMENT(true, OrgChartLimits.NAME),
    /** Seniority, a whole number from {@value OrgChartLimits#MIN_LEVEL} to {@value OrgChartLimits#MAX_LEVEL}. */
    LEVEL(true, OrgChartLimits.KEY),
    LOCATION(false, OrgChartLimits.NAME),
    /** A language tag or name, as the organisation writes it. */
    LANGUAGE(false, OrgChartLimits.KEY);

    private final boolean required;
    private final int maxLength;

    OrgChartColumn(boolean required, int maxLength) {
        this.required = required;
        this.maxLength = maxLength;
    }

    /** Whether the header must name this column (a column's value may still be empty, see the validator). */
    public boolean required() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The name in the header and in problems: the lower-case constant name. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column a header cell names, ignoring case and surrounding blanks. */
    public static Optional<OrgChartColumn> fromHeader(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (OrgChartColumn column : values()) {
            if (column.header().equals(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
