package org.tandem.mentoring.domain.orgchart.csv;

import java.util.List;
import java.util.Set;

/**
 * An org chart file as read, before the rules of {@link OrgChartValidator}: the data rows and the problems of
 * encoding, syntax and header.
 *
 * @param delimiter the delimiter found in the header line, a comma or a semicolon
 * @param columns   the known columns the header names
 * @param rows      the data rows in file order, blank lines left out
 * @param problems    problems found while reading, in file order
 * @param blankLines  lines with only blanks, skipped
 * @param recordsRead records the parser read, header and blank lines included (it stops at a limit)
 */
public record OrgChartCsvFile(char delimiter, Set<OrgChartColumn> columns, List<OrgChartRow> rows,
        List<ImportProblem> problems, int blankLines, int recordsRead) {

    public OrgChartCsvFile(char delimiter, Set<OrgChartColumn> columns, List<OrgChartRow> rows,
            List<ImportProblem> problems) {
        this(delimiter, columns, rows, problems, 0, 0);
    }

    public OrgChartCsvFile {
        columns = Set.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** True when the header misses a required column or the file cannot be read at all. */
    public boolean unreadable() {
        return problems.stream().anyMatch(problem -> switch (problem.code()) {
            case TOO_LARGE, TOO_MANY_BLANK_LINES, EMPTY_FILE, BAD_ENCODING, BAD_HEADER, MISSING_COLUMN, DUPLICATE_COLUMN -> true;
            default -> false;
        });
    }
}
