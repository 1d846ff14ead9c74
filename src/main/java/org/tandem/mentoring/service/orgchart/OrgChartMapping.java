package org.tandem.mentoring.service.orgchart;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.orgchart.csv.ColumnMapping;
import org.tandem.mentoring.domain.orgchart.csv.LevelWords;
import org.tandem.mentoring.domain.orgchart.csv.OrgChartColumn;

/**
 * How an organisation's file reads: which header cell holds which column, and the level of each level word. An
 * import that is written remembers it (plugin settings) for the next one, the nightly file's included.
 */
public record OrgChartMapping(ColumnMapping columns, LevelWords levels) {

    public static final OrgChartMapping NONE = new OrgChartMapping(ColumnMapping.recognised(), LevelWords.none());

    /** The text kept in the plugin settings: {@code c.user=Employee%20e-mail&l.Director=8}. */
    String encoded() {
        StringBuilder text = new StringBuilder();
        columns.chosen().forEach((column, cell) -> append(text, "c." + column.header(), cell));
        levels.levels().forEach((word, level) -> append(text, "l." + word, String.valueOf(level)));
        return text.toString();
    }

    /** Reads {@link #encoded()} text; parts it cannot read are left out. */
    static OrgChartMapping decoded(String text) {
        Map<OrgChartColumn, String> columns = new EnumMap<>(OrgChartColumn.class);
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String part : text == null ? new String[0] : text.split("&")) {
            int at = part.indexOf('=');
            if (at < 2) {
                continue;
            }
            String name = URLDecoder.decode(part.substring(0, at), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(part.substring(at + 1), StandardCharsets.UTF_8);
            if (name.startsWith("c.")) {
                column(name.substring(2)).ifPresent(column -> columns.put(column, value));
            } else if (name.startsWith("l.")) {
                try {
                    levels.put(name.substring(2), Integer.valueOf(value));
                } catch (NumberFormatException e) {
                    // left out
                }
            }
        }
        return new OrgChartMapping(new ColumnMapping(columns), new LevelWords(levels));
    }

    static Optional<OrgChartColumn> column(String header) {
        for (OrgChartColumn column : OrgChartColumn.values()) {
            if (column.header().equals(header)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static void append(StringBuilder text, String name, String value) {
        if (text.length() > 0) {
            text.append('&');
        }
        text.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
