package org.tandem.mentoring.domain.orgchart.csv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.tandem.mentoring.domain.orgchart.OrgPerson;

/** Files as HR systems export them: their own column names, e-mail addresses, levels as words. */
public class HrFileTest {

    private static final String HR_HEADER =
            "Personalnummer;Employee e-mail;Line manager e-mail;Abteilung;Grade;Standort;Sprache\n";

    private static final PeopleFound FOUND = new PeopleFound(Map.of(
            "ann@example.com", List.of("k-ann"),
            "bob@example.com", List.of("k-bob"),
            "cy@example.com", List.of("k-cy"),
            "twice@example.com", List.of("k-t1", "k-t2")));

    private static final LevelWords WORDS = new LevelWords(Map.of("Director", 8, "Engineer", 3));

    private static OrgChartCsvFile read(String text, ColumnMapping mapping) {
        return OrgChartCsvReader.read(text.getBytes(StandardCharsets.UTF_8), mapping);
    }

    private static List<String> described(OrgChartReport report) {
        return report.problems().stream().map(EnglishProblemTexts::describe).toList();
    }

    @Test
    public void read_shouldRecogniseCommonNamesAndListTheColumnsNotUsed() {
        OrgChartCsvFile file = read(HR_HEADER + "1;ann@example.com;;Board;Director;Berlin;de\n",
                ColumnMapping.recognised());

        assertEquals(Map.of(OrgChartColumn.USER, "Employee e-mail", OrgChartColumn.MANAGER, "Line manager e-mail",
                OrgChartColumn.DEPARTMENT, "Abteilung", OrgChartColumn.LEVEL, "Grade",
                OrgChartColumn.LOCATION, "Standort", OrgChartColumn.LANGUAGE, "Sprache"), file.header().mapped());
        assertEquals(List.of("Personalnummer"), file.header().unused());
        assertEquals(List.of(ProblemCode.UNKNOWN_COLUMN), file.problems().stream().map(ImportProblem::code).toList());
        assertFalse(file.problems().get(0).isError());
        assertEquals(List.of(List.of("1", "ann@example.com", "", "Board", "Director", "Berlin", "de")), file.sample());
    }

    @Test
    public void read_shouldTakeTheAdministratorsChoiceBeforeTheCommonNames() {
        ColumnMapping chosen = new ColumnMapping(Map.of(OrgChartColumn.USER, "personalnummer",
                OrgChartColumn.LANGUAGE, ""));
        OrgChartCsvFile file = read(HR_HEADER + "1;ann@example.com;;Board;Director;Berlin;de\n", chosen);

        assertEquals("Personalnummer", file.header().mapped().get(OrgChartColumn.USER));
        assertEquals(null, file.header().mapped().get(OrgChartColumn.LANGUAGE));
        assertEquals(List.of("Employee e-mail", "Sprache"), file.header().unused());
        assertEquals("1", file.rows().get(0).user());
    }

    @Test
    public void read_shouldSayWhichRequiredColumnNoCellHolds() {
        OrgChartCsvFile file = read("Mail,Boss,Team,Colour\nann@example.com,,Board,red\n", ColumnMapping.recognised());

        assertEquals(List.of("line 1, level: No column of the file holds \"level\": choose one in the mapping.",
                "line 1: The column \"Colour\" is not used."),
                file.problems().stream().map(EnglishProblemTexts::describe).toList());
    }

    @Test
    public void validate_shouldStorePeopleByTheirKeysAndLevelWordsAsNumbers() {
        OrgChartReport report = OrgChartValidator.validate(read(HR_HEADER
                + "1;ann@example.com;;Board;Director;Berlin;de\n"
                + "2;bob@example.com;ann@example.com;IT;engineer;Berlin;de\n", ColumnMapping.recognised()),
                FOUND, Map.of(), WORDS);

        assertEquals(List.of("line 1: The column \"Personalnummer\" is not used."), described(report));
        assertEquals(List.of("k-ann", "k-bob"), report.people().stream().map(OrgPerson::userKey).toList());
        assertEquals("k-ann", report.people().get(1).managerKey());
        assertEquals(List.of(8, 3), report.people().stream().map(OrgPerson::level).toList());
    }

    @Test
    public void validate_shouldReportEachPersonItCannotPlaceByLine() {
        OrgChartReport report = OrgChartValidator.validate(read(HR_HEADER
                + "1;ann@example.com;;Board;Director;Berlin;de\n"
                + "2;nobody@example.com;ann@example.com;IT;Engineer;Berlin;de\n"
                + "3;twice@example.com;ann@example.com;IT;Engineer;Berlin;de\n"
                + "4;bob@example.com;gone@example.com;IT;Engineer;Berlin;de\n"
                + "5;cy@example.com;ann@example.com;IT;Intern;Berlin;de\n", ColumnMapping.recognised()),
                FOUND, Map.of(), WORDS);

        assertTrue(report.hasErrors());
        assertEquals(List.of(
                "line 1: The column \"Personalnummer\" is not used.",
                "line 3, user: \"nobody@example.com\" matches no user of this Confluence (username, e-mail address "
                        + "or user key).",
                "line 4, user: \"twice@example.com\" matches 2 people of this Confluence: use their username or "
                        + "user key.",
                "line 5, manager: The manager \"gone@example.com\" matches no user of this Confluence.",
                "line 6, level: The level \"Intern\" is a word without a number: give it a level from 1 to 20 in "
                        + "the mapping."), described(report));
    }

    @Test
    public void validate_shouldSayWhenTheColumnMappedToManagerMatchesNobody() {
        OrgChartReport report = OrgChartValidator.validate(read(
                "Employee e-mail,Manager,Department,Level\n"
                + "ann@example.com,,Board,9\n"
                + "bob@example.com,1001,IT,3\n"
                + "cy@example.com,1001,IT,3\n", ColumnMapping.recognised()), FOUND, Map.of(), WORDS);

        assertEquals(List.of(
                "line 1, manager: No value of the column \"Manager\", mapped to manager, matches a user of this "
                        + "Confluence: is the right column mapped?",
                "line 3, manager: The manager \"1001\" matches no user of this Confluence.",
                "line 4, manager: The manager \"1001\" matches no user of this Confluence."), described(report));
    }

    @Test
    public void validate_shouldFindTheSamePersonNamedTwiceInTwoWays() {
        PeopleFound found = new PeopleFound(Map.of("ann@example.com", List.of("k-ann"), "ann", List.of("k-ann")));
        OrgChartReport report = OrgChartValidator.validate(read("user,manager,department,level\n"
                + "ann@example.com,,Board,9\nann,,Board,9\n", ColumnMapping.recognised()), found, Map.of(),
                LevelWords.none());

        assertEquals(List.of("line 3, user: \"k-ann\" is already on line 2."), described(report));
    }
}
