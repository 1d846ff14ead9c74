package org.tandem.mentoring.domain.orgchart.csv;

import java.util.Locale;

/**
 * What can be wrong with an org chart file. Each code has an i18n key, {@code tandem.orgchart.import.problem.}
 * followed by the code in lower case with hyphens ({@code UNKNOWN_USER} is
 * {@code tandem.orgchart.import.problem.unknown-user}); the message takes {@link ImportProblem#messageArguments()}.
 */
public enum ProblemCode {

    /** The file is larger than one import takes. Arguments: the maximum in megabytes. */
    TOO_LARGE(Severity.ERROR),
    /** The file holds no header line. */
    EMPTY_FILE(Severity.ERROR),
    /** The bytes are not UTF-8. Value: none; the line is where the first bad byte sits. */
    BAD_ENCODING(Severity.ERROR),
    /** The first line names none of the known columns (no header, or the wrong file). */
    BAD_HEADER(Severity.ERROR),
    /** A required column (user, manager, department, level) is not in the header. Value: the column. */
    MISSING_COLUMN(Severity.ERROR),
    /** A column is named twice in the header. Value: the column. */
    DUPLICATE_COLUMN(Severity.ERROR),
    /** The header names a column the import does not know; its values are ignored. Value: the header text. */
    UNKNOWN_COLUMN(Severity.WARNING),
    /** A quoted field never ends. */
    UNCLOSED_QUOTE(Severity.ERROR),
    /** Text follows the closing quote of a field. Value: the field as read. */
    BAD_QUOTE(Severity.ERROR),
    /** A line has more fields than the header. Arguments: header fields, fields on the line. */
    FIELD_COUNT(Severity.ERROR),
    /** More rows than one import takes. Arguments: the maximum. */
    TOO_MANY_ROWS(Severity.ERROR),
    /** More blank lines than one import reads; reading stopped there. Arguments: the maximum. */
    TOO_MANY_BLANK_LINES(Severity.ERROR),
    /** A replacement names nobody: it would empty the org chart. */
    NOBODY(Severity.ERROR),
    /** A required value is empty (user, department, level). */
    MISSING_VALUE(Severity.ERROR),
    /** A value is longer than the store keeps. Arguments: the maximum length. */
    TOO_LONG(Severity.ERROR),
    /** The user key is not a user of this Confluence. */
    UNKNOWN_USER(Severity.ERROR),
    /** The manager is not a person of the file (nor, when updating, of the stored chart). */
    UNKNOWN_MANAGER(Severity.ERROR),
    /** A person is named as their own manager. */
    OWN_MANAGER(Severity.ERROR),
    /** The person is part of a reporting cycle. Arguments: the cycle's size, the cycle as text (a → b → a). */
    CYCLE(Severity.ERROR),
    /** A user appears on more than one line. Arguments: the line of the first appearance. */
    DUPLICATE_USER(Severity.ERROR),
    /** The level is not a whole number from 1 to 20. Arguments: lowest, highest. */
    BAD_LEVEL(Severity.ERROR),
    /** The person's username, e-mail address or key matches more than one user. Arguments: how many. */
    AMBIGUOUS_USER(Severity.ERROR),
    /** The manager's username, e-mail address or key matches no user of this Confluence. */
    NO_SUCH_MANAGER(Severity.ERROR),
    /** The manager's username, e-mail address or key matches more than one user. Arguments: how many. */
    AMBIGUOUS_MANAGER(Severity.ERROR),
    /**
     * No value of the column (user or manager) matches anybody: most likely the wrong column is mapped to it.
     * Value: the header cell mapped. Arguments: the column.
     */
    COLUMN_MATCHES_NOBODY(Severity.ERROR),
    /** The level is a word that has no level yet. Arguments: lowest, highest. */
    UNKNOWN_LEVEL_WORD(Severity.ERROR);

    /** Errors stop the import; warnings are shown and the import goes on. */
    public enum Severity { ERROR, WARNING }

    private final Severity severity;

    ProblemCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The i18n key of the message. */
    public String messageKey() {
        return "tandem.orgchart.import.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
