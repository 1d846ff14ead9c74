package org.tandem.mentoring.domain.orgchart.csv;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;

/**
 * English default texts of the problem codes, for tests and log output; the product reads them from the i18n
 * properties under {@link ProblemCode#messageKey()}. {0} is the value, {1}... the arguments.
 */
public final class EnglishProblemTexts {

    private EnglishProblemTexts() {
    }

    public static Map<ProblemCode, String> all() {
        Map<ProblemCode, String> texts = new EnumMap<>(ProblemCode.class);
        texts.put(ProblemCode.TOO_LARGE, "The file is larger than {1} MB.");
        texts.put(ProblemCode.EMPTY_FILE, "The file is empty: it needs a header line and one line per person.");
        texts.put(ProblemCode.BAD_ENCODING, "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again.");
        texts.put(ProblemCode.DUPLICATE_COLUMN, "The header names the column \"{0}\" twice.");
        texts.put(ProblemCode.UNCLOSED_QUOTE, "A quoted value is never closed.");
        texts.put(ProblemCode.BAD_QUOTE, "Text follows the closing quote of \"{0}\".");
        texts.put(ProblemCode.FIELD_COUNT, "The line has {2} values; the header has {1} columns.");
        texts.put(ProblemCode.TOO_MANY_ROWS, "The file has more than {1} people.");
        texts.put(ProblemCode.TOO_MANY_BLANK_LINES, "The file has more than {1} empty lines; reading stopped here.");
        texts.put(ProblemCode.NOBODY,
                "The file names nobody. Replacing the org chart with it would remove everyone.");
        texts.put(ProblemCode.MISSING_VALUE, "A value is required.");
        texts.put(ProblemCode.TOO_LONG, "\"{0}\" is longer than {1} characters.");
        texts.put(ProblemCode.UNKNOWN_MANAGER, "The manager \"{0}\" is not a person of the org chart.");
        texts.put(ProblemCode.OWN_MANAGER, "A person cannot be their own manager.");
        texts.put(ProblemCode.CYCLE, "The reporting line goes round in a circle of {1} people: {2}.");
        texts.put(ProblemCode.DUPLICATE_USER, "\"{0}\" is already on line {1}.");
        texts.put(ProblemCode.BAD_LEVEL, "The level \"{0}\" must be a whole number from {1} to {2}.");
        texts.put(ProblemCode.UNKNOWN_COLUMN,
                "The column \"{0}\" is not used.");
        texts.put(ProblemCode.MISSING_COLUMN,
                "No column of the file holds \"{0}\": choose one in the mapping.");
        texts.put(ProblemCode.BAD_HEADER,
                "The first line names none of the columns person, manager, department, level, location and language; it reads \"{0}\". Choose the columns in the mapping.");
        texts.put(ProblemCode.AMBIGUOUS_USER,
                "\"{0}\" matches {1} people of this Confluence: use their username or user key.");
        texts.put(ProblemCode.NO_SUCH_MANAGER,
                "The manager \"{0}\" matches no user of this Confluence.");
        texts.put(ProblemCode.AMBIGUOUS_MANAGER,
                "The manager \"{0}\" matches {1} people of this Confluence: use their username or user key.");
        texts.put(ProblemCode.COLUMN_MATCHES_NOBODY,
                "No value of the column \"{0}\", mapped to {1}, matches a user of this Confluence: is the right column mapped?");
        texts.put(ProblemCode.UNKNOWN_LEVEL_WORD,
                "The level \"{0}\" is a word without a number: give it a level from {1} to {2} in the mapping.");
        texts.put(ProblemCode.UNKNOWN_USER,
                "\"{0}\" matches no user of this Confluence (username, e-mail address or user key).");
        return texts;
    }

    /** One problem as an English line: "line 3, manager: The manager ... ". */
    public static String describe(ImportProblem problem) {
        String text = new MessageFormat(all().get(problem.code()))
                .format(problem.messageArguments().toArray());
        String where = "line " + problem.line() + (problem.column() == null ? "" : ", " + problem.column());
        return where + ": " + text;
    }
}
