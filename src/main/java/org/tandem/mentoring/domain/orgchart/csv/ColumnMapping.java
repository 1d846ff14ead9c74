package org.tandem.mentoring.domain.orgchart.csv;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which header cell of a file holds which column of the org chart. An administrator's choice ({@link #chosen()},
 * remembered for the next import) comes first; a column without a choice is recognised by its header name, the
 * canonical one ({@code user}, {@code manager}...) or a common name HR systems export ("email", "manager_email",
 * "Line manager", "Abteilung"...). A choice of the empty string says the optional column is not in the file.
 * Header names compare without case, accents, blanks or punctuation ("Line-Manager E-Mail" is
 * {@code linemanageremail}).
 *
 * @param chosen column to the header cell the administrator chose for it, as written in the file
 */
public record ColumnMapping(Map<OrgChartColumn, String> chosen) {

    private static final Map<OrgChartColumn, List<String>> COMMON = commonNames();

    public ColumnMapping {
        chosen = chosen.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(chosen));
    }

    /** No choices: every column recognised by its name. */
    public static ColumnMapping recognised() {
        return new ColumnMapping(Map.of());
    }

    /**
     * The column each header cell holds, null for a cell no column uses. Choices first (a choice naming a cell
     * the file does not have is passed over), then the common names, each cell used once, the first cell winning.
     */
    public OrgChartColumn[] columnsOf(List<String> cells) {
        OrgChartColumn[] columnAt = new OrgChartColumn[cells.size()];
        EnumMap<OrgChartColumn, Boolean> placed = new EnumMap<>(OrgChartColumn.class);
        for (Map.Entry<OrgChartColumn, String> choice : chosen.entrySet()) {
            String wanted = normalised(choice.getValue());
            if (wanted.isEmpty()) {
                placed.put(choice.getKey(), Boolean.TRUE);
                continue;
            }
            for (int i = 0; i < cells.size(); i++) {
                if (columnAt[i] == null && normalised(cells.get(i)).equals(wanted)) {
                    columnAt[i] = choice.getKey();
                    placed.put(choice.getKey(), Boolean.TRUE);
                    break;
                }
            }
        }
        for (OrgChartColumn column : OrgChartColumn.values()) {
            if (placed.containsKey(column)) {
                continue;
            }
            int at = recognise(cells, columnAt, column);
            if (at >= 0) {
                columnAt[at] = column;
            }
        }
        return columnAt;
    }

    /** The common names a column is recognised by, normalised; the canonical name first. */
    public static List<String> commonNames(OrgChartColumn column) {
        return COMMON.get(column);
    }

    /** A header name without case, accents, blanks or punctuation; letters of every script and digits stay. */
    public static String normalised(String header) {
        if (header == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(header.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString().replace("ß", "ss");
    }

    /** The column a header cell names on its own, without choices. */
    public static Optional<OrgChartColumn> recognise(String header) {
        String name = normalised(header);
        for (OrgChartColumn column : OrgChartColumn.values()) {
            if (COMMON.get(column).contains(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static int recognise(List<String> cells, OrgChartColumn[] columnAt, OrgChartColumn column) {
        List<String> names = COMMON.get(column);
        for (String name : names) {
            for (int i = 0; i < cells.size(); i++) {
                if (columnAt[i] == null && normalised(cells.get(i)).equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static Map<OrgChartColumn, List<String>> commonNames() {
        Map<OrgChartColumn, List<String>> names = new EnumMap<>(OrgChartColumn.class);
        names.put(OrgChartColumn.USER, normalisedAll("user", "username", "user name", "user key", "userkey", "login",
                "login name", "account", "email", "e-mail", "mail", "email address", "e-mail address",
                "work email", "employee email", "employee e-mail", "employee", "person", "staff",
                "mitarbeiter", "mitarbeiter e-mail", "benutzer", "benutzername", "e-mail-adresse", "personne",
                "utilisateur", "courriel"));
        names.put(OrgChartColumn.MANAGER, normalisedAll("manager", "manager email", "manager e-mail",
                "manager_email", "manager username", "manager user", "manager key", "line manager",
                "line manager email", "line manager e-mail", "reports to", "supervisor", "supervisor email",
                "boss", "vorgesetzter", "vorgesetzte", "vorgesetzter e-mail", "fuhrungskraft", "responsable",
                "manager login"));
        names.put(OrgChartColumn.DEPARTMENT, normalisedAll("department", "dept", "org unit", "organisation unit",
                "organization unit", "organisational unit", "organizational unit", "division", "team", "unit",
                "abteilung", "bereich", "organisationseinheit", "service", "departement"));
        names.put(OrgChartColumn.LEVEL, normalisedAll("level", "grade", "job level", "career level", "seniority",
                "band", "job grade", "rank", "stufe", "ebene", "hierarchiestufe", "niveau"));
        names.put(OrgChartColumn.LOCATION, normalisedAll("location", "office", "site", "city", "work location",
                "standort", "ort", "buro", "lieu", "ville"));
        names.put(OrgChartColumn.LANGUAGE, normalisedAll("language", "lang", "locale", "preferred language",
                "sprache", "langue"));
        return names;
    }

    private static List<String> normalisedAll(String... names) {
        return java.util.Arrays.stream(names).map(ColumnMapping::normalised).distinct().toList();
    }
}
