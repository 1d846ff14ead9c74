package org.tandem.mentoring.domain.orgchart.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tandem.mentoring.domain.orgchart.OrgPerson;

/**
 * The validation report of an org chart file: the rows for a preview and every problem by line. The import may go
 * on only when it holds no error.
 *
 * @param columns  the known columns the header names (absent optional columns are left alone by an update)
 * @param rows     every data row as read, in file order
 * @param problems errors and warnings ordered by line, then column
 */
public record OrgChartReport(Set<OrgChartColumn> columns, List<OrgChartRow> rows, List<ImportProblem> problems) {

    public OrgChartReport {
        columns = Set.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }

    public List<ImportProblem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }

    /** The lines that have at least one error, ascending, each once. */
    public List<Integer> errorLines() {
        return errors().stream().map(ImportProblem::line).distinct().sorted().toList();
    }

    /**
     * The people of the file, in file order, for the store; without display name and title (the file has none).
     *
     * @throws IllegalStateException when the report holds an error
     */
    public List<OrgPerson> people() {
        if (hasErrors()) {
            throw new IllegalStateException("the org chart file has errors");
        }
        List<OrgPerson> people = new ArrayList<>(rows.size());
        for (OrgChartRow row : rows) {
            people.add(new OrgPerson(row.user(), emptyToNull(row.manager()), emptyToNull(row.department()),
                    Integer.parseInt(row.level()), emptyToNull(row.location()), emptyToNull(row.language()),
                    null, null));
        }
        return people;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
