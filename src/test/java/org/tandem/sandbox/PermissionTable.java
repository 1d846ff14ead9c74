package org.tandem.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The permission table of {@code src/test/resources/permissions/table.txt}: a {@code roles:} line naming the
 * columns, {@code body NAME = ...} lines naming request bodies, and one row per action: kind, method, target, body
 * name, watched fields, then one expected cell per role. A cell is a status code followed by {@code +field} or
 * {@code -field} for each watched field (present or absent in the answer).
 */
public final class PermissionTable {

    /** What one role should get: the status and, per watched field, whether it is present. */
    public record Cell(int status, Map<String, Boolean> fields) {

        /** A status and then, in the row's order, a sign and the name of every watched field. */
        static Cell parse(String text, List<String> watched) {
            if (!text.matches("\\d{3}.*")) {
                throw new IllegalArgumentException("not a cell: " + text);
            }
            Map<String, Boolean> fields = new LinkedHashMap<>();
            String rest = text.substring(3);
            for (String field : watched) {
                if (rest.length() < 1 + field.length() || !rest.startsWith(field, 1)
                        || (rest.charAt(0) != '+' && rest.charAt(0) != '-')) {
                    throw new IllegalArgumentException("cell " + text + ": +" + field + " or -" + field
                            + " expected, in the order of " + watched);
                }
                fields.put(field, rest.charAt(0) == '+');
                rest = rest.substring(1 + field.length());
            }
            if (!rest.isEmpty()) {
                throw new IllegalArgumentException("cell " + text + ": " + rest + " is no watched field");
            }
            return new Cell(Integer.parseInt(text.substring(0, 3)), fields);
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder().append(status);
            fields.forEach((name, present) -> s.append(present ? '+' : '-').append(name));
            return s.toString();
        }
    }

    /** One action on one entry, and what each role should get. */
    public record Row(int line, String kind, String method, String target, String body, List<String> watched,
                      List<Cell> cells) {

        public String request() {
            return kind + " " + method + " " + target + (body.equals("-") ? "" : " " + body);
        }
    }

    private final List<String> roles;
    private final Map<String, String> bodies;
    private final List<Row> rows;

    private PermissionTable(List<String> roles, Map<String, String> bodies, List<Row> rows) {
        this.roles = roles;
        this.bodies = bodies;
        this.rows = rows;
    }

    public static PermissionTable load(String resource) throws IOException {
        try (InputStream in = PermissionTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the test classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static PermissionTable parse(String text) {
        List<String> roles = null;
        Map<String, String> bodies = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("roles:")) {
                roles = List.of(line.substring("roles:".length()).trim().split("\\s+"));
                continue;
            }
            if (line.startsWith("body ")) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("line " + number + ": body NAME = text");
                }
                bodies.put(line.substring(5, eq).trim(), line.substring(eq + 1).trim());
                continue;
            }
            if (roles == null) {
                throw new IllegalArgumentException("line " + number + ": the roles: line comes before the rows");
            }
            String[] t = line.split("\\s+");
            if (t.length != 5 + roles.size()) {
                throw new IllegalArgumentException("line " + number + ": " + (t.length - 5) + " cells for "
                        + roles.size() + " roles");
            }
            if (!t[3].equals("-") && !bodies.containsKey(t[3])) {
                throw new IllegalArgumentException("line " + number + ": no body named " + t[3]);
            }
            List<String> watched = t[4].equals("-") ? List.of() : List.of(t[4].split(","));
            List<Cell> cells = new ArrayList<>();
            for (int c = 5; c < t.length; c++) {
                try {
                    cells.add(t[c].equals("?") ? new Cell(0, Map.of()) : Cell.parse(t[c], watched));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
                }
            }
            rows.add(new Row(number, t[0], t[1], t[2], t[3], watched, cells));
        }
        if (roles == null) {
            throw new IllegalArgumentException("no roles: line");
        }
        return new PermissionTable(roles, bodies, rows);
    }

    public List<String> roles() {
        return roles;
    }

    public List<Row> rows() {
        return rows;
    }

    public String body(String name) {
        return name.equals("-") ? "" : bodies.get(name);
    }
}
