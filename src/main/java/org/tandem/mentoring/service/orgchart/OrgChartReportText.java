package org.tandem.mentoring.service.orgchart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tandem.mentoring.domain.orgchart.csv.ImportProblem;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartReport;
import org.tandem.mentoring.domain.orgchart.csv.ProblemCode;

/**
 * A report kept in the import record: its problems, one a line (line, column, code, value, arguments, separated
 * by tabs, tabs and line breaks in values turned into blanks), at most {@value #MAX_PROBLEMS} of them, so that the
 * administration page can show it later in the reader's language.
 */
final class OrgChartReportText {

    /** Most problems a kept report holds; the count of those left out follows them. */
    static final int MAX_PROBLEMS = 1000;

    private OrgChartReportText() {
    }

    static String of(OrgChartReport report, String outcome, int removals) {
        StringBuilder text = new StringBuilder();
        text.append(outcome == null ? "IMPORTED" : outcome).append('\t').append(report.rows().size()).append('\t')
                .append(removals).append('\t').append(Math.max(0, report.problems().size() - MAX_PROBLEMS))
                .append('\n');
        report.problems().stream().limit(MAX_PROBLEMS).forEach(problem -> {
            text.append(problem.line()).append('\t').append(clean(problem.column())).append('\t')
                    .append(problem.code().name()).append('\t').append(clean(problem.value()));
            for (String argument : problem.arguments()) {
                text.append('\t').append(clean(argument));
            }
            text.append('\n');
        });
        return text.toString();
    }

    /** The kept report read back. */
    static Kept read(String text) {
        String[] lines = text == null ? new String[0] : text.split("\n");
        if (lines.length == 0 || lines[0].isEmpty()) {
            return new Kept("IMPORTED", 0, 0, 0, List.of());
        }
        String[] head = lines[0].split("\t", -1);
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split("\t", -1);
            if (cells.length < 4) {
                continue;
            }
            try {
                problems.add(new ImportProblem(Integer.parseInt(cells[0]), cells[1].isEmpty() ? null : cells[1],
                        ProblemCode.valueOf(cells[2]), cells[3],
                        Arrays.asList(cells).subList(4, cells.length)));
            } catch (IllegalArgumentException e) {
                // a line it cannot read is left out
            }
        }
        return new Kept(head[0], number(head, 1), number(head, 2), number(head, 3), problems);
    }

    /** A kept report: the outcome, the rows read, the removals it would have made, problems left out. */
    record Kept(String outcome, int rows, int removals, int leftOut, List<ImportProblem> problems) {
    }

    private static int number(String[] cells, int index) {
        try {
            return index < cells.length ? Integer.parseInt(cells[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
