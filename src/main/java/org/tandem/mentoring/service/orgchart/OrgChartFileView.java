package org.tandem.mentoring.service.orgchart;

import java.util.List;
import java.util.Map;

/**
 * A file as the mapping step shows it: the header and first rows as written, which cell each column was read
 * from, the cells no column uses, and the level words found with their level (null while a word has none).
 *
 * @param mapped column name ({@code user}, {@code manager}...) to the header cell it was read from
 */
public record OrgChartFileView(List<String> header, List<List<String>> sample, Map<String, String> mapped,
        List<String> unused, Map<String, Integer> levelWords) {

    public static final OrgChartFileView NONE = new OrgChartFileView(List.of(), List.of(), Map.of(), List.of(),
            Map.of());
}
