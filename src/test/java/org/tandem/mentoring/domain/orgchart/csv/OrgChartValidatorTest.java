package org.tandem.mentoring.domain.orgchart.csv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.Test;
import org.tandem.mentoring.domain.orgchart.OrgPerson;

public class OrgChartValidatorTest {

    private static final String HEADER = "user,manager,department,level,location,language\n";
    private static final Predicate<String> EVERYONE = key -> true;

    private static OrgChartReport validate(String text) {
        return validate(text, EVERYONE);
    }

    private static OrgChartReport validate(String text, Predicate<String> userExists) {
        return OrgChartValidator.validate(text.getBytes(StandardCharsets.UTF_8), userExists);
    }

    private static List<String> where(OrgChartReport report) {
        return report.problems().stream()
                .map(p -> p.line() + ":" + p.column() + ":" + p.code() + ":" + p.value()).toList();
    }

    @Test
    public void validate_shouldAcceptAWholeChartAndHandBackThePeople() {
        OrgChartReport report = validate(HEADER
                + "ceo,,Board,20,London,en\n"
                + "cto,ceo,Technology,15,London,en\n"
                + "dev,cto,Technology,5,Berlin,de\n");

        assertEquals(List.of(), report.problems());
        assertFalse(report.hasErrors());
        assertEquals(List.of(new OrgPerson("ceo", null, "Board", 20, "London", "en", null, null),
                new OrgPerson("cto", "ceo", "Technology", 15, "London", "en", null, null),
                new OrgPerson("dev", "cto", "Technology", 5, "Berlin", "de", null, null)), report.people());
    }

    @Test
    public void validate_shouldNameExactlyTheThreeLinesWithPlantedErrors() {
        StringBuilder csv = new StringBuilder(HEADER).append("p0,,Board,12,London,en\n");
        for (int i = 1; i < 40; i++) {
            String manager = "p" + ((i - 1) / 3);
            String level = String.valueOf(Math.max(1, 11 - i / 4));
            if (i == 9) {
                manager = "nobody";
            } else if (i == 21) {
                level = "21";
            } else if (i == 33) {
                manager = "p33";
            }
            csv.append("p").append(i).append(',').append(manager).append(",Dept ").append(i % 4).append(',')
                    .append(level).append(",London,en\n");
        }

        OrgChartReport report = validate(csv.toString());

        assertEquals(List.of(11, 23, 35), report.errorLines());
        assertEquals(List.of("11:manager:UNKNOWN_MANAGER:nobody", "23:level:BAD_LEVEL:21",
                "35:manager:OWN_MANAGER:p33"), where(report));
    }

    @Test
    public void validate_shouldReportUnknownUsersThroughThePredicate() {
        Set<String> known = Set.of("ceo", "dev");

        OrgChartReport report = validate(HEADER + "ceo,,Board,20,,\nghost,ceo,Sales,3,,\ndev,ghost,IT,2,,\n",
                known::contains);

        assertEquals(List.of("3:user:UNKNOWN_USER:ghost"), where(report));
    }

    @Test
    public void validate_shouldReportEachLaterDuplicateWithTheFirstLine() {
        OrgChartReport report = validate(HEADER + "ceo,,Board,20,,\nann,ceo,Sales,3,,\nann,ceo,IT,4,,\n");

        assertEquals(List.of("4:user:DUPLICATE_USER:ann"), where(report));
        assertEquals(List.of("3"), report.problems().get(0).arguments());
    }

    @Test
    public void validate_shouldReportEveryPersonOfACycleOnce() {
        OrgChartReport report = validate(HEADER
                + "ceo,,Board,20,,\n"
                + "a,c,Sales,5,,\n"
                + "b,a,Sales,4,,\n"
                + "c,b,Sales,3,,\n"
                + "d,a,Sales,2,,\n"
                + "e,f,IT,2,,\n"
                + "f,e,IT,2,,\n");

        assertEquals(List.of("3:manager:CYCLE:c", "4:manager:CYCLE:a", "5:manager:CYCLE:b",
                "7:manager:CYCLE:f", "8:manager:CYCLE:e"), where(report));
        assertEquals(List.of("3", "a \u2192 c \u2192 b \u2192 a"), report.problems().get(0).arguments());
        assertEquals(List.of("2", "e \u2192 f \u2192 e"), report.problems().get(3).arguments());
    }

    @Test
    public void validate_shouldFindALongCycleInOnePass() {
        int size = 100_000;
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < size; i++) {
            csv.append('u').append(i).append(",u").append((i + 1) % size).append(",D,3,,\n");
        }

        OrgChartReport report = validate(csv.toString());

        assertEquals(size, report.errors().size());
        assertTrue(report.errors().stream().allMatch(p -> p.code() == ProblemCode.CYCLE));
        assertEquals(String.valueOf(size), report.errors().get(0).arguments().get(0));
        assertTrue(report.errors().get(0).arguments().get(1).endsWith("\u2026"));
    }

    @Test
    public void validate_shouldReportOwnManagerButNoCycleForIt() {
        OrgChartReport report = validate(HEADER + "ceo,ceo,Board,20,,\n");

        assertEquals(List.of("2:manager:OWN_MANAGER:ceo"), where(report));
    }

    @Test
    public void validate_shouldAcceptLevelsOneToTwentyOnly() {
        OrgChartReport report = validate(HEADER + "a,,B,1,,\nb,a,B,20,,\nc,a,B,0,,\nd,a,B,-3,,\ne,a,B,2.5,,\n"
                + "f,a,B,x,,\ng,a,B,,,\nh,a,B,007,,\n");

        assertEquals(List.of("4:level:BAD_LEVEL:0", "5:level:BAD_LEVEL:-3", "6:level:BAD_LEVEL:2.5",
                "7:level:BAD_LEVEL:x", "8:level:MISSING_VALUE:", "9:level:BAD_LEVEL:007"), where(report));
        assertEquals(List.of("1", "20"), report.problems().get(0).arguments());
    }

    @Test
    public void validate_shouldRequireUserAndDepartment() {
        OrgChartReport report = validate(HEADER + "ceo,,Board,20,,\n,ceo,Sales,3,,\nann,ceo,,3,,\n");

        assertEquals(List.of("3:user:MISSING_VALUE:", "4:department:MISSING_VALUE:"), where(report));
    }

    @Test
    public void validate_shouldReportValuesLongerThanTheStoreKeeps() {
        String longKey = "k".repeat(OrgChartLimits.KEY + 1);
        String longName = "n".repeat(OrgChartLimits.NAME + 1);
        String fitting = "n".repeat(OrgChartLimits.NAME);

        OrgChartReport report = validate(HEADER + "ceo,,Board,20,," + "\n"
                + longKey + ",ceo," + fitting + ",3,,\n"
                + "ann,ceo," + longName + ",3," + longName + "," + longKey + "\n");

        assertEquals(List.of(ProblemCode.TOO_LONG, ProblemCode.TOO_LONG, ProblemCode.TOO_LONG,
                ProblemCode.TOO_LONG), report.problems().stream().map(ImportProblem::code).toList());
        assertEquals(List.of("user", "department", "location", "language"),
                report.problems().stream().map(ImportProblem::column).toList());
        assertEquals(List.of("255"), report.problems().get(0).arguments());
        assertEquals(ImportProblem.VALUE_SHOWN + 1, report.problems().get(0).value().length());
    }

    @Test
    public void validate_shouldAcceptAManagerFromTheStoredChartOnlyWhenUpdating() {
        OrgChartCsvFile file = OrgChartCsvReader.read(HEADER + "dev,cto,IT,3,,\n");
        Map<String, String> stored = new HashMap<>();
        stored.put("cto", "ceo");
        stored.put("ceo", null);

        assertEquals(List.of(), OrgChartValidator.validate(file, EVERYONE, stored).problems());
        assertEquals(List.of("2:manager:UNKNOWN_MANAGER:cto"),
                where(OrgChartValidator.validate(file, EVERYONE, Map.of())));
    }

    @Test
    public void validate_shouldFindACycleThroughTheStoredChart() {
        OrgChartCsvFile file = OrgChartCsvReader.read(HEADER + "ceo,dev,Board,20,,\n");
        Map<String, String> stored = new HashMap<>();
        stored.put("ceo", null);
        stored.put("cto", "ceo");
        stored.put("dev", "cto");

        OrgChartReport report = OrgChartValidator.validate(file, EVERYONE, stored);

        assertEquals(List.of("2:manager:CYCLE:dev"), where(report));
        assertEquals(List.of("3", "ceo \u2192 dev \u2192 cto \u2192 ceo"), report.problems().get(0).arguments());
    }

    @Test
    public void validate_shouldStopAtAnUnreadableHeader() {
        OrgChartReport report = validate("user,department,level\nann,Board,9\n");

        assertEquals(List.of("1:manager:MISSING_COLUMN:manager"), where(report));
        assertThrows(IllegalStateException.class, report::people);
    }

    @Test
    public void validate_shouldKeepWarningsWithoutStoppingTheImport() {
        OrgChartReport report = validate("user,manager,department,level,cost centre\nceo,,Board,20,4711\n");

        assertFalse(report.hasErrors());
        assertEquals(1, report.warnings().size());
        assertEquals(1, report.people().size());
    }
}
