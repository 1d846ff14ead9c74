package org.tandem.mentoring.store;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;

/**
 * The compact text of a pairing's score detail. The first line lists the points per criterion
 * ({@code THEME_FIT=20,PREFERENCE=12}); every further line is one clause of the explanation: its message key, then
 * its arguments, separated by {@code |}, each argument marked {@code i} (integer) or {@code s} (string). A
 * backslash escapes {@code \}, {@code |} and line breaks inside strings, so any text round-trips.
 */
final class PairingDetailCodec {

    private PairingDetailCodec() {
    }

    record Detail(Map<Criterion, Integer> breakdown, Explanation explanation) {
    }

    static String encode(Map<Criterion, Integer> breakdown, Explanation explanation) {
        StringBuilder text = new StringBuilder();
        boolean first = true;
        for (Map.Entry<Criterion, Integer> points : breakdown.entrySet()) {
            if (!first) {
                text.append(',');
            }
            text.append(points.getKey().name()).append('=').append(points.getValue());
            first = false;
        }
        for (Explanation.Part part : explanation.parts()) {
            text.append('\n').append(escape(part.key()));
            for (Serializable arg : part.args()) {
                text.append('|').append(arg instanceof Integer ? 'i' : 's').append(escape(arg.toString()));
            }
        }
        return text.toString();
    }

    static Detail decode(String text) {
        EnumMap<Criterion, Integer> breakdown = new EnumMap<>(Criterion.class);
        List<Explanation.Part> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return new Detail(breakdown, new Explanation(parts));
        }
        String[] lines = text.split("\n", -1);
        if (!lines[0].isEmpty()) {
            for (String entry : lines[0].split(",")) {
                int eq = entry.indexOf('=');
                breakdown.put(Criterion.valueOf(entry.substring(0, eq)), Integer.valueOf(entry.substring(eq + 1)));
            }
        }
        for (int l = 1; l < lines.length; l++) {
            List<String> fields = split(lines[l]);
            List<Serializable> args = new ArrayList<>();
            for (String field : fields.subList(1, fields.size())) {
                String value = field.substring(1);
                args.add(field.charAt(0) == 'i' ? (Serializable) Integer.valueOf(value) : value);
            }
            parts.add(new Explanation.Part(fields.get(0), args));
        }
        return new Detail(breakdown, new Explanation(parts));
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '|' -> out.append("\\p");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits on unescaped bars and unescapes every field. */
    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                field.append(switch (next) {
                    case 'p' -> '|';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else if (c == '|') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
