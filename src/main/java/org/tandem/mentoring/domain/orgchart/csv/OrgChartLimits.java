package org.tandem.mentoring.domain.orgchart.csv;

/**
 * Limits of an org chart import. The lengths match the store's columns (StoreLimits.KEY and StoreLimits.NAME on
 * the org person entity); the domain keeps its own copy because it depends on nothing, and a change there must be
 * made here too.
 */
public final class OrgChartLimits {

    /** User key, manager key and language: 255 characters, as the store's key columns. */
    public static final int KEY = 255;
    /** Department and location: 450 characters, as the store's name columns. */
    public static final int NAME = 450;
    /** Lowest seniority level. */
    public static final int MIN_LEVEL = 1;
    /** Highest seniority level (higher is more senior). */
    public static final int MAX_LEVEL = 20;
    /** Most data rows one file may hold. */
    public static final int MAX_ROWS = 200_000;

    /** Most lines with only blanks one file may hold; the reader stops after them. */
    public static final int MAX_BLANK_LINES = MAX_ROWS;

    /**
     * Largest file one import takes, in bytes: 24 MiB. A generated file of 200,000 people with every column
     * (the org chart bench) is 18,451,643 bytes, about 92 bytes a row; this leaves a third more for longer names.
     */
    public static final int MAX_BYTES = 24 * 1024 * 1024;

    private OrgChartLimits() {
    }
}
