package org.tandem.mentoring.domain.orgchart.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * @param header      the header line as written and which column each cell went to
 * @param sample      the first {@value #SAMPLE_ROWS} data records as written, for the preview
 */
public record OrgChartCsvFile(char delimiter, Set<OrgChartColumn> columns, List<OrgChartRow> rows,
        List<ImportProblem> problems, int blankLines, int recordsRead, Header header, List<List<String>> sample) {

    /** How many data records the preview shows as written. */
    public static final int SAMPLE_ROWS = 5;

    public OrgChartCsvFile(char delimiter, Set<OrgChartColumn> columns, List<OrgChartRow> rows,
            List<ImportProblem> problems) {
        this(delimiter, columns, rows, problems, 0, 0);
    }

    public OrgChartCsvFile(char delimiter, Set<OrgChartColumn> columns, List<OrgChartRow> rows,
            List<ImportProblem> problems, int blankLines, int recordsRead) {
        this(delimiter, columns, rows, problems, blankLines, recordsRead, Header.NONE, List.of());
    }

    public OrgChartCsvFile {
        columns = Set.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        sample = sample.stream().map(List::copyOf).toList();
    }

    /**
     * The header line: its cells as written, the cell each column was read from, and the cells no column uses.
     */
    public record Header(List<String> cells, Map<OrgChartColumn, String> mapped, List<String> unused) {

        public static final Header NONE = new Header(List.of(), Map.of(), List.of());

        public Header {
            cells = List.copyOf(cells);
            mapped = Map.copyOf(mapped);
            unused = List.copyOf(unused);
        }

        static Header of(List<String> cells, OrgChartColumn[] columnAt) {
            Map<OrgChartColumn, String> mapped = new EnumMap<>(OrgChartColumn.class);
            List<String> unused = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i).strip();
                if (columnAt[i] != null) {
                    mapped.put(columnAt[i], cell);
                } else if (!cell.isEmpty()) {
                    unused.add(cell);
                }
            }
            return new Header(cells.stream().map(String::strip).toList(), mapped, unused);
        }
    }

    /** True when the header misses a required column or the file cannot be read at all. */
    public boolean unreadable() {
        return problems.stream().anyMatch(problem -> switch (problem.code()) {
            case TOO_LARGE, TOO_MANY_BLANK_LINES, EMPTY_FILE, BAD_ENCODING, BAD_HEADER, MISSING_COLUMN, DUPLICATE_COLUMN -> true;
            default -> false;
        });
    }
}
