package org.tandem.mentoring.service.orgchart;

/** How an org chart file meets the stored chart. */
public enum ImportMode {
    /**
     * The file is the whole organisation: people not in it leave the chart, and optional columns the file does not
     * have are emptied. Managers must be people of the file.
     */
    REPLACE,
    /**
     * The file adds and changes people matched by user key; everyone else stays. Optional columns the file does not
     * have keep their stored values. A manager may be a person of the file or of the stored chart.
     */
    UPDATE
}
