package org.tandem.mentoring.domain.orgchart.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded text into records, RFC 4180 style: fields separated by one delimiter character, records by CRLF,
 * LF or a lone CR; a field in double quotes may hold delimiters, line breaks and doubled quotes ({@code ""}). A quote
 * inside an unquoted field is kept as a character (lenient, as spreadsheets write such files). Text after the
 * closing quote of a field, and a quote that never closes, are syntax errors. One pass, no backtracking, one record at a time: nothing is kept
 * but the record being read.
 */
final class CsvParser {

    /** One record: the 1-based line where it starts, its fields, and the index of a field with a quote error. */
    record Record(int line, List<String> fields, int badQuoteField, boolean unclosedQuote) {
    }

    private final String text;
    private final char delimiter;
    private int position;
    private int line = 1;
    private int recordsRead;

    private CsvParser(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /** A parser that reads the text one record at a time. */
    static CsvParser of(String text, char delimiter) {
        return new CsvParser(text, delimiter);
    }

    /** The next record, or null at the end of the text; a final line break does not make an empty record. */
    Record next() {
        if (position >= text.length()) {
            return null;
        }
        recordsRead++;
        return record();
    }

    /** How many records {@link #next()} has handed out. */
    int recordsRead() {
        return recordsRead;
    }

    /**
     * The delimiter of a file, guessed from its first line: a semicolon when the line holds more semicolons than
     * commas outside quotes, else a comma.
     */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private Record record() {
        int start = line;
        List<String> fields = new ArrayList<>();
        int badQuote = -1;
        boolean unclosed = false;
        StringBuilder field = new StringBuilder();
        int length = text.length();
        while (true) {
            field.setLength(0);
            if (position < length && text.charAt(position) == '"') {
                position++;
                boolean closed = false;
                while (position < length) {
                    char c = text.charAt(position++);
                    if (c == '"') {
                        if (position < length && text.charAt(position) == '"') {
                            field.append('"');
                            position++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        if (c == '\n' || (c == '\r' && (position >= length || text.charAt(position) != '\n'))) {
                            line++;
                        }
                        field.append(c);
                    }
                }
                if (!closed) {
                    unclosed = true;
                }
                boolean trailing = false;
                while (position < length && !isEnd(text.charAt(position))) {
                    field.append(text.charAt(position++));
                    trailing = true;
                }
                if (trailing && badQuote < 0) {
                    badQuote = fields.size();
                }
            } else {
                while (position < length && !isEnd(text.charAt(position))) {
                    field.append(text.charAt(position++));
                }
            }
            fields.add(field.toString());
            if (position >= length) {
                break;
            }
            char c = text.charAt(position++);
            if (c == delimiter) {
                continue;
            }
            if (c == '\r' && position < length && text.charAt(position) == '\n') {
                position++;
            }
            line++;
            break;
        }
        return new Record(start, fields, badQuote, unclosed);
    }

    private boolean isEnd(char c) {
        return c == delimiter || c == '\n' || c == '\r';
    }
}
