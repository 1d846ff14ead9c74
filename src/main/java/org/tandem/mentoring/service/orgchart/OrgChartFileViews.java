package org.tandem.mentoring.service.orgchart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.tandem.mentoring.domain.orgchart.csv.LevelWords;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartColumn;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartCsvFile;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartRow;

/** Builds the mapping step's view of a file as read. */
final class OrgChartFileViews {

    private OrgChartFileViews() {
    }

    static OrgChartFileView of(OrgChartCsvFile file, LevelWords levels) {
        Map<String, String> mapped = new LinkedHashMap<>();
        for (OrgChartColumn column : OrgChartColumn.values()) {
            String cell = file.header().mapped().get(column);
            if (cell != null) {
                mapped.put(column.header(), cell);
            }
        }
        Map<String, Integer> words = new LinkedHashMap<>();
        for (OrgChartRow row : file.rows()) {
            String level = row.level();
            if (level.isEmpty() || level.chars().allMatch(c -> c >= '0' && c <= '9')
                    || words.size() >= LevelWords.MAX_WORDS || words.containsKey(level)) {
                continue;
            }
            OptionalInt known = levels.levelOf(level);
            words.put(level, known.isPresent() ? known.getAsInt() : null);
        }
        return new OrgChartFileView(file.header().cells(), file.sample(), mapped, file.header().unused(), words);
    }
}
