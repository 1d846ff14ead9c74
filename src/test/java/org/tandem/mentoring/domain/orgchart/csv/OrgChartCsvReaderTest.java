package org.tandem.mentoring.domain.orgchart.csv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.Test;

public class OrgChartCsvReaderTest {

    private static OrgChartCsvFile read(String text) {
        return OrgChartCsvReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ProblemCode> codes(OrgChartCsvFile file) {
        return file.problems().stream().map(ImportProblem::code).toList();
    }

    @Test
    public void read_shouldReadCommaSeparatedRowsWithTheirLines() {
        OrgChartCsvFile file = read("user,manager,department,level\nann,,Board,9\nbob,ann,Sales,5\n");

        assertEquals(List.of(), file.problems());
        assertEquals(',', file.delimiter());
        assertEquals(List.of(new OrgChartRow(2, "ann", "", "Board", "9", "", ""),
                new OrgChartRow(3, "bob", "ann", "Sales", "5", "", "")), file.rows());
    }

    @Test
    public void read_shouldSkipAUtf8ByteOrderMark() {
        byte[] text = "user,manager,department,level\nann,,Board,9\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        OrgChartCsvFile file = OrgChartCsvReader.read(withBom);

        assertEquals(List.of(), file.problems());
        assertEquals("ann", file.rows().get(0).user());
        assertTrue(file.columns().contains(OrgChartColumn.USER));
    }

    @Test
    public void read_shouldDetectSemicolonsFromTheHeaderLine() {
        OrgChartCsvFile file = read("user;manager;department;level;location\nann;;Board, Strategy;9;Z\u00fcrich\n");

        assertEquals(';', file.delimiter());
        assertEquals(List.of(), file.problems());
        assertEquals(new OrgChartRow(2, "ann", "", "Board, Strategy", "9", "Z\u00fcrich", ""), file.rows().get(0));
    }

    @Test
    public void read_shouldKeepDelimitersQuotesAndLineBreaksInsideQuotedFields() {
        OrgChartCsvFile file = read("user,manager,department,level\n"
                + "ann,,\"Research, \"\"Labs\"\"\",9\n"
                + "bob,ann,\"Two\nlines\",5\n"
                + "cy,ann,Ops,4\n");

        assertEquals(List.of(), file.problems());
        assertEquals("Research, \"Labs\"", file.rows().get(0).department());
        assertEquals("Two\nlines", file.rows().get(1).department());
        assertEquals(3, file.rows().get(1).line());
        assertEquals("a row after a quoted line break keeps the file's line number", 5, file.rows().get(2).line());
    }

    @Test
    public void read_shouldReadCrlfAndLoneCrLineEnds() {
        OrgChartCsvFile crlf = read("user,manager,department,level\r\nann,,Board,9\r\nbob,ann,Sales,5\r\n");
        OrgChartCsvFile cr = read("user,manager,department,level\rann,,Board,9\rbob,ann,Sales,5");

        assertEquals(List.of(), crlf.problems());
        assertEquals(List.of("9", "5"), crlf.rows().stream().map(OrgChartRow::level).toList());
        assertEquals(3, crlf.rows().get(1).line());
        assertEquals(crlf.rows(), cr.rows());
    }

    @Test
    public void read_shouldTakeHeaderNamesInAnyOrderAndCaseAndWarnAboutUnknownOnes() {
        OrgChartCsvFile file = read(" Level ,DEPARTMENT,Employee ID,Manager,User,Language\n3,Sales,77,ann,bob,de\n");

        assertEquals(List.of(ProblemCode.UNKNOWN_COLUMN), codes(file));
        assertEquals("Employee ID", file.problems().get(0).value());
        assertFalse(file.problems().get(0).isError());
        assertEquals(new OrgChartRow(2, "bob", "ann", "Sales", "3", "", "de"), file.rows().get(0));
        assertEquals(EnumSet.of(OrgChartColumn.USER, OrgChartColumn.MANAGER, OrgChartColumn.DEPARTMENT,
                OrgChartColumn.LEVEL, OrgChartColumn.LANGUAGE), file.columns());
    }

    @Test
    public void read_shouldReportAMissingRequiredColumnAndReadNoRows() {
        OrgChartCsvFile file = read("user,department,level\nann,Board,9\n");

        assertEquals(List.of(ProblemCode.MISSING_COLUMN), codes(file));
        assertEquals("manager", file.problems().get(0).column());
        assertEquals(1, file.problems().get(0).line());
        assertTrue(file.unreadable());
        assertEquals(List.of(), file.rows());
    }

    @Test
    public void read_shouldReportAFileWithoutHeaderAsBadHeader() {
        OrgChartCsvFile file = read("ann,,Board,9\nbob,ann,Sales,5\n");

        assertEquals(List.of(ProblemCode.BAD_HEADER), codes(file));
    }

    @Test
    public void read_shouldReportAColumnNamedTwice() {
        OrgChartCsvFile file = read("user,manager,department,level,User\n");

        assertEquals(List.of(ProblemCode.DUPLICATE_COLUMN), codes(file));
        assertEquals("user", file.problems().get(0).column());
    }

    @Test
    public void read_shouldReportAnEmptyFile() {
        assertEquals(List.of(ProblemCode.EMPTY_FILE), codes(read("")));
        assertEquals(List.of(ProblemCode.EMPTY_FILE), codes(read("\n \n")));
        assertEquals(List.of(ProblemCode.EMPTY_FILE), codes(OrgChartCsvReader.read(new byte[] {
            (byte) 0xEF, (byte) 0xBB, (byte) 0xBF})));
    }

    @Test
    public void read_shouldReportBytesThatAreNotUtf8WithTheirLine() {
        byte[] latin1 = "user,manager,department,level\nann,,Board,9\nj\u00f6rg,ann,Sales,5\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        OrgChartCsvFile file = OrgChartCsvReader.read(latin1);

        assertEquals(List.of(ProblemCode.BAD_ENCODING), codes(file));
        assertEquals(3, file.problems().get(0).line());
    }

    @Test
    public void read_shouldSkipBlankLinesAndAcceptTrailingDelimiters() {
        OrgChartCsvFile file = read("user,manager,department,level,\n\nann,,Board,9,\n , , , \nbob,ann,Sales,5\n");

        assertEquals(List.of(), file.problems());
        assertEquals(List.of(2 + 1, 5), file.rows().stream().map(OrgChartRow::line).toList());
    }

    @Test
    public void read_shouldReportALineWithMoreValuesThanTheHeader() {
        OrgChartCsvFile file = read("user,manager,department,level\nann,,Board, Strategy,9\n");

        assertEquals(List.of(ProblemCode.FIELD_COUNT), codes(file));
        assertEquals(List.of("4", "5"), file.problems().get(0).arguments());
        assertEquals(2, file.problems().get(0).line());
    }

    @Test
    public void read_shouldTreatMissingTrailingValuesAsEmpty() {
        OrgChartCsvFile file = read("user,manager,department,level,location\nann,,Board\n");

        assertEquals(List.of(), file.problems());
        assertEquals(new OrgChartRow(2, "ann", "", "Board", "", "", ""), file.rows().get(0));
    }

    @Test
    public void read_shouldReportTextAfterAClosingQuoteAndAQuoteThatNeverCloses() {
        OrgChartCsvFile badQuote = read("user,manager,department,level\nann,,\"Board\"x,9\n");
        OrgChartCsvFile unclosed = read("user,manager,department,level\nann,,Board,9\nbob,ann,\"Sales,5\n");

        assertEquals(List.of(ProblemCode.BAD_QUOTE), codes(badQuote));
        assertEquals("department", badQuote.problems().get(0).column());
        assertEquals(List.of(ProblemCode.UNCLOSED_QUOTE), codes(unclosed));
        assertEquals(3, unclosed.problems().get(0).line());
        assertEquals("department", unclosed.problems().get(0).column());
    }

    @Test
    public void read_shouldKeepAQuoteInsideAnUnquotedValue() {
        OrgChartCsvFile file = read("user,manager,department,level\nann,,The \"A\" team,9\n");

        assertEquals(List.of(), file.problems());
        assertEquals("The \"A\" team", file.rows().get(0).department());
    }

    @Test
    public void read_shouldPreferCommasWhenTheHeaderHasNoSemicolonOutsideQuotes() {
        OrgChartCsvFile file = read("\"user;x\",manager,department,level\n");

        assertEquals(',', file.delimiter());
        assertEquals(List.of(ProblemCode.MISSING_COLUMN, ProblemCode.UNKNOWN_COLUMN), codes(file));
    }

    @Test
    public void read_shouldAcceptDecodedTextWithAByteOrderMarkCharacter() {
        OrgChartCsvFile file = OrgChartCsvReader.read("\uFEFFUser;Manager;Department;Level\r\nann;;Board;9\r\n");

        assertEquals(List.of(), file.problems());
        assertEquals(List.of(new OrgChartRow(2, "ann", "", "Board", "9", "", "")), file.rows());
    }

    @Test
    public void read_shouldShowTheHeaderWithItsDelimiterWhenItNamesNoColumn() {
        OrgChartCsvFile file = read("id;code;colour;size\n");

        assertEquals(List.of(ProblemCode.BAD_HEADER), codes(file));
        assertEquals("id;code;colour;size", file.problems().get(0).value());
    }

    @Test
    public void read_shouldStopAFileOfFiveMillionLineBreaksAtTheBlankLineLimit() {
        OrgChartCsvFile file = read("\n".repeat(5_000_000));

        assertEquals(List.of(ProblemCode.TOO_MANY_BLANK_LINES), codes(file));
        assertEquals(OrgChartLimits.MAX_BLANK_LINES + 1, file.recordsRead());
        assertEquals(OrgChartLimits.MAX_BLANK_LINES + 1, file.problems().get(0).line());
        assertTrue(file.unreadable());
        assertEquals(List.of(), file.rows());
    }

    @Test
    public void read_shouldStopLineBreaksAfterTheHeaderAtTheBlankLineLimit() {
        OrgChartCsvFile file = read("user,manager,department,level\nann,,Board,9\n" + "\r\n".repeat(5_000_000));

        assertEquals(List.of(ProblemCode.TOO_MANY_BLANK_LINES), codes(file));
        assertEquals(2 + OrgChartLimits.MAX_BLANK_LINES + 1, file.recordsRead());
        assertEquals(1, file.rows().size());
    }

    @Test
    public void read_shouldStopAtTheRowLimitWithoutReadingTheRest() {
        OrgChartCsvFile file = read("user,manager,department,level\n" + "a\n".repeat(5_000_000));

        assertEquals(List.of(ProblemCode.TOO_MANY_ROWS), codes(file).stream().distinct()
                .filter(code -> code != ProblemCode.FIELD_COUNT).toList());
        assertEquals(OrgChartLimits.MAX_ROWS, file.rows().size());
        assertEquals(1 + OrgChartLimits.MAX_ROWS + 1, file.recordsRead());
    }

    @Test
    public void read_shouldCountBlankLinesInsteadOfKeepingThem() {
        OrgChartCsvFile file = read("\n\nuser,manager,department,level\n\nann,,Board,9\n ,  ,,\n\nbob,ann,Sales,5\n");

        assertEquals(List.of(), file.problems());
        assertEquals(2, file.rows().size());
        assertEquals(5, file.blankLines());
        assertEquals(8, file.recordsRead());
    }
}
