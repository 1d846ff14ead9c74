package org.tandem.mentoring.web.dashboard;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One table of a dashboard as the template and the CSV export see it: a title, an optional chart (safe SVG from
 * {@link org.tandem.mentoring.web.chart.SvgChart}), column headers and rows of display text (counts already
 * suppressed), or an empty-state line. {@code id} names the table in the CSV address.
 */
public final class Section {

    private final String id;
    private final String title;
    private final String chart;
    private final List<String> headers;
    private final List<List<String>> rows;
    private final String empty;
    private final String more;

    public Section(String id, String title, String chart, List<String> headers, List<List<String>> rows,
            String empty) {
        this(id, title, chart, headers, rows, empty, null);
    }

    private Section(String id, String title, String chart, List<String> headers, List<List<String>> rows,
            String empty, String more) {
        this.more = more;
        this.id = id;
        this.title = title;
        this.chart = chart;
        this.headers = List.copyOf(headers);
        this.rows = rows.stream().map(List::copyOf).toList();
        this.empty = empty;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    /** The chart's SVG markup, escaped by the chart writer (null: no chart). */
    public String getChartHtml() {
        return chart;
    }

    public List<String> getHeaders() {
        return headers;
    }

    public List<List<String>> getRows() {
        return rows;
    }

    /** The line shown instead of the table when it has no rows. */
    public String getEmpty() {
        return empty;
    }

    /** The line under a table cut short on the page, saying how many rows only the CSV file holds (null: none). */
    public String getMore() {
        return more;
    }

    /**
     * The section as the page shows it: its first {@code max} rows and, when there are more, the line {@code more}
     * writes for the number left out. The CSV file keeps every row.
     */
    public Section firstRows(int max, IntFunction<String> more) {
        if (rows.size() <= max) {
            return this;
        }
        return new Section(id, title, chart, headers, rows.subList(0, max), empty, more.apply(rows.size() - max));
    }

    /** The table as CSV (RFC 4180), with cells that a spreadsheet would run as a formula made inert. */
    public String toCsv() {
        StringBuilder out = new StringBuilder();
        line(out, headers);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            out.append(i == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }
}
