package org.tandem.mentoring.domain.orgchart.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an org chart file: UTF-8 with or without a byte order mark; a header line naming the columns (any order,
 * any case: user, manager, department and level required, location and language optional, other columns ignored
 * with a warning); comma or semicolon as delimiter, whichever the header line uses more; RFC 4180 quoting; CRLF,
 * LF or CR line ends. Values are stripped of surrounding blanks; lines with only blanks are skipped and counted.
 *
 * <p>It reports what it cannot read instead of throwing, and stops at the header when a required column is
 * missing (the rows could not be understood). Linear in the size of the file; it reads one record at a time and
 * stops at the row limit or the blank line limit, so a file of nothing but line breaks never turns into millions
 * of objects.
 */
public final class OrgChartCsvReader {

    private static final int BOM_LENGTH = 3;

    private OrgChartCsvReader() {
    }

    public static OrgChartCsvFile read(byte[] bytes) {
        return read(bytes, ColumnMapping.recognised());
    }

    /** Reads a file whose columns are found by {@code mapping}. */
    public static OrgChartCsvFile read(byte[] bytes, ColumnMapping mapping) {
        List<ImportProblem> problems = new ArrayList<>();
        if (bytes.length > OrgChartLimits.MAX_BYTES) {
            problems.add(ImportProblem.of(1, null, ProblemCode.TOO_LARGE, "",
                    OrgChartLimits.MAX_BYTES / (1024 * 1024)));
            return new OrgChartCsvFile(',', EnumSet.noneOf(OrgChartColumn.class), List.of(), problems);
        }
        Optional<String> decoded = decode(bytes, problems);
        if (decoded.isEmpty()) {
            return new OrgChartCsvFile(',', EnumSet.noneOf(OrgChartColumn.class), List.of(), problems);
        }
        return read(decoded.get(), problems, mapping);
    }

    /** Reads text that is already decoded (a leading byte order mark character is skipped). */
    public static OrgChartCsvFile read(String text) {
        return read(text.startsWith("\uFEFF") ? text.substring(1) : text, new ArrayList<>(),
                ColumnMapping.recognised());
    }

    private static OrgChartCsvFile read(String text, List<ImportProblem> problems, ColumnMapping mapping) {
        char delimiter = CsvParser.detectDelimiter(text);
        CsvParser parser = CsvParser.of(text, delimiter);
        int blankLines = 0;
        CsvParser.Record header = parser.next();
        while (header != null && blank(header)) {
            if (++blankLines > OrgChartLimits.MAX_BLANK_LINES) {
                return tooManyBlankLines(delimiter, EnumSet.noneOf(OrgChartColumn.class), List.of(), header,
                        problems, parser);
            }
            header = parser.next();
        }
        if (header == null) {
            problems.add(ImportProblem.of(1, null, ProblemCode.EMPTY_FILE, ""));
            return new OrgChartCsvFile(delimiter, EnumSet.noneOf(OrgChartColumn.class), List.of(), problems,
                    blankLines, parser.recordsRead());
        }
        OrgChartColumn[] columnAt = header(header, delimiter, problems, mapping);
        OrgChartCsvFile.Header seen = OrgChartCsvFile.Header.of(header.fields(), columnAt);
        EnumSet<OrgChartColumn> present = EnumSet.noneOf(OrgChartColumn.class);
        for (OrgChartColumn column : columnAt) {
            if (column != null) {
                present.add(column);
            }
        }
        boolean headerBroken = problems.stream().anyMatch(ImportProblem::isError);
        if (headerBroken) {
            return new OrgChartCsvFile(delimiter, present, List.of(), problems, blankLines, parser.recordsRead(),
                    seen, sample(parser));
        }
        List<OrgChartRow> rows = new ArrayList<>();
        List<List<String>> sample = new ArrayList<>();
        for (CsvParser.Record record = parser.next(); record != null; record = parser.next()) {
            if (blank(record)) {
                if (++blankLines > OrgChartLimits.MAX_BLANK_LINES) {
                    return tooManyBlankLines(delimiter, present, rows, record, problems, parser);
                }
                continue;
            }
            if (rows.size() == OrgChartLimits.MAX_ROWS) {
                problems.add(ImportProblem.of(record.line(), null, ProblemCode.TOO_MANY_ROWS, "",
                        OrgChartLimits.MAX_ROWS));
                break;
            }
            if (sample.size() < OrgChartCsvFile.SAMPLE_ROWS) {
                sample.add(record.fields());
            }
            rows.add(row(record, columnAt, problems));
        }
        return new OrgChartCsvFile(delimiter, present, rows, problems, blankLines, parser.recordsRead(), seen,
                sample);
    }

    /** The first records after a header the rows cannot be read with, so that the mapping step can show them. */
    private static List<List<String>> sample(CsvParser parser) {
        List<List<String>> sample = new ArrayList<>();
        int blank = 0;
        for (CsvParser.Record record = parser.next(); record != null && sample.size() < OrgChartCsvFile.SAMPLE_ROWS
                && blank <= OrgChartCsvFile.SAMPLE_ROWS; record = parser.next()) {
            if (blank(record)) {
                blank++;
            } else {
                sample.add(record.fields());
            }
        }
        return sample;
    }

    /** Stops reading at a blank line past the limit: a file of line breaks must not be read to its end. */
    private static OrgChartCsvFile tooManyBlankLines(char delimiter, Set<OrgChartColumn> present,
            List<OrgChartRow> rows, CsvParser.Record record, List<ImportProblem> problems, CsvParser parser) {
        problems.add(ImportProblem.of(record.line(), null, ProblemCode.TOO_MANY_BLANK_LINES, "",
                OrgChartLimits.MAX_BLANK_LINES));
        return new OrgChartCsvFile(delimiter, present, rows, problems, OrgChartLimits.MAX_BLANK_LINES + 1,
                parser.recordsRead());
    }

    private static OrgChartColumn[] header(CsvParser.Record header, char delimiter,
            List<ImportProblem> problems, ColumnMapping mapping) {
        List<String> cells = header.fields();
        OrgChartColumn[] columnAt = mapping.columnsOf(cells);
        syntax(header, columnAt, problems);
        Map<OrgChartColumn, Integer> seen = new EnumMap<>(OrgChartColumn.class);
        for (int i = 0; i < columnAt.length; i++) {
            if (columnAt[i] != null) {
                seen.put(columnAt[i], i);
            }
        }
        List<ImportProblem> unused = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (columnAt[i] != null) {
                continue;
            }
            String cell = cells.get(i).strip();
            Optional<OrgChartColumn> twin = sameNameAs(cell, cells, columnAt);
            if (twin.isPresent()) {
                problems.add(ImportProblem.of(header.line(), twin.get().header(), ProblemCode.DUPLICATE_COLUMN,
                        cell));
            } else if (!cell.isEmpty() || !trailingBlank(cells, i)) {
                unused.add(ImportProblem.of(header.line(), null, ProblemCode.UNKNOWN_COLUMN, cell));
            }
        }
        if (seen.isEmpty()) {
            problems.add(ImportProblem.of(header.line(), null, ProblemCode.BAD_HEADER,
                    String.join(String.valueOf(delimiter), cells)));
            return columnAt;
        }
        for (OrgChartColumn column : OrgChartColumn.values()) {
            if (column.required() && !seen.containsKey(column)) {
                problems.add(ImportProblem.of(header.line(), column.header(), ProblemCode.MISSING_COLUMN,
                        column.header()));
            }
        }
        problems.addAll(unused);
        return columnAt;
    }

    /** The column of another cell with the same name, when the header names it twice. */
    private static Optional<OrgChartColumn> sameNameAs(String cell, List<String> cells, OrgChartColumn[] columnAt) {
        String name = ColumnMapping.normalised(cell);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < cells.size(); i++) {
            if (columnAt[i] != null && ColumnMapping.normalised(cells.get(i)).equals(name)) {
                return Optional.of(columnAt[i]);
            }
        }
        return Optional.empty();
    }

    private static OrgChartRow row(CsvParser.Record record, OrgChartColumn[] columnAt,
            List<ImportProblem> problems) {
        syntax(record, columnAt, problems);
        List<String> fields = record.fields();
        String[] values = new String[OrgChartColumn.values().length];
        for (int i = 0; i < fields.size() && i < columnAt.length; i++) {
            if (columnAt[i] != null) {
                values[columnAt[i].ordinal()] = fields.get(i).strip();
            }
        }
        if (fields.size() > columnAt.length && !allBlankFrom(fields, columnAt.length)) {
            problems.add(ImportProblem.of(record.line(), null, ProblemCode.FIELD_COUNT, "", columnAt.length,
                    fields.size()));
        }
        return new OrgChartRow(record.line(), values[OrgChartColumn.USER.ordinal()],
                values[OrgChartColumn.MANAGER.ordinal()], values[OrgChartColumn.DEPARTMENT.ordinal()],
                values[OrgChartColumn.LEVEL.ordinal()], values[OrgChartColumn.LOCATION.ordinal()],
                values[OrgChartColumn.LANGUAGE.ordinal()]);
    }

    private static void syntax(CsvParser.Record record, OrgChartColumn[] columnAt, List<ImportProblem> problems) {
        if (record.unclosedQuote()) {
            int last = record.fields().size() - 1;
            problems.add(ImportProblem.of(record.line(), columnName(columnAt, last), ProblemCode.UNCLOSED_QUOTE,
                    record.fields().get(last)));
        }
        if (record.badQuoteField() >= 0) {
            int index = record.badQuoteField();
            problems.add(ImportProblem.of(record.line(), columnName(columnAt, index), ProblemCode.BAD_QUOTE,
                    record.fields().get(index)));
        }
    }

    private static String columnName(OrgChartColumn[] columnAt, int index) {
        return index < columnAt.length && columnAt[index] != null ? columnAt[index].header() : null;
    }

    private static boolean blank(CsvParser.Record record) {
        return !record.unclosedQuote() && allBlankFrom(record.fields(), 0);
    }

    private static boolean allBlankFrom(List<String> fields, int from) {
        for (int i = from; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean trailingBlank(List<String> cells, int index) {
        return allBlankFrom(cells, index);
    }

    /** UTF-8 to text, without a leading byte order mark; empty (and a problem) for bytes that are not UTF-8. */
    private static Optional<String> decode(byte[] bytes, List<ImportProblem> problems) {
        int offset = hasBom(bytes) ? BOM_LENGTH : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            problems.add(ImportProblem.of(lineAt(bytes, in.position()), null, ProblemCode.BAD_ENCODING, ""));
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM_LENGTH && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
