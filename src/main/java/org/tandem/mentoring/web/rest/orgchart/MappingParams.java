package org.tandem.mentoring.web.rest.orgchart;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.orgchart.csv.ColumnMapping;
import org.tandem.mentoring.domain.orgchart.csv.LevelWords;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartColumn;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.orgchart.OrgChartMapping;

/**
 * The mapping step's choices, sent as query parameters beside the CSV body: {@code col.user=Employee e-mail}
 * (the header cell for a column; empty: the optional column is not in the file) and pairs {@code word=Director},
 * {@code number=8} (level words, in the same order). No parameter of either kind: the remembered mapping.
 */
final class MappingParams {

    private MappingParams() {
    }

    static OrgChartMapping from(MultivaluedMap<String, String> query) {
        Map<OrgChartColumn, String> columns = new EnumMap<>(OrgChartColumn.class);
        boolean given = false;
        for (OrgChartColumn column : OrgChartColumn.values()) {
            String cell = query.getFirst("col." + column.header());
            if (cell != null) {
                given = true;
                columns.put(column, cell.strip());
            }
        }
        List<String> words = query.getOrDefault("word", List.of());
        List<String> numbers = query.getOrDefault("number", List.of());
        given |= !words.isEmpty();
        if (!given) {
            return null;
        }
        if (words.size() != numbers.size()) {
            throw invalid();
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String number = numbers.get(i) == null ? "" : numbers.get(i).strip();
            if (number.isEmpty()) {
                continue;
            }
            try {
                levels.put(words.get(i), Integer.valueOf(number));
            } catch (NumberFormatException e) {
                throw invalid();
            }
        }
        LevelWords levelWords = new LevelWords(levels);
        if (!levelWords.valid()) {
            throw invalid();
        }
        return new OrgChartMapping(new ColumnMapping(columns), levelWords);
    }

    private static Refusal.Invalid invalid() {
        return new Refusal.Invalid("tandem.orgchart.mapping.level.invalid",
                Map.of("number", FieldError.of("tandem.orgchart.mapping.level.invalid")));
    }
}
