package org.tandem.mentoring.domain.orgchart.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One problem of an org chart file, for the validation report.
 *
 * @param line      the 1-based line of the file where the record starts (a quoted value may span lines); the header
 *                  is line 1
 * @param column    the column's header name in lower case ({@code user}, {@code manager}, ...), or null for a
 *                  problem of the whole line or file
 * @param code      what is wrong
 * @param value     the offending value as read, cut to {@value #VALUE_SHOWN} characters; empty when there is none
 * @param arguments further message arguments, see {@link ProblemCode}
 */
public record ImportProblem(int line, String column, ProblemCode code, String value, List<String> arguments) {

    /** Longest part of an offending value a problem repeats. */
    public static final int VALUE_SHOWN = 100;

    public ImportProblem {
        Objects.requireNonNull(code, "code");
        value = shown(value);
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(int line, String column, ProblemCode code, String value, Object... arguments) {
        List<String> texts = new ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            texts.add(String.valueOf(argument));
        }
        return new ImportProblem(line, column, code, value, texts);
    }

    public boolean isError() {
        return code.isError();
    }

    /** The message arguments: {0} is the value, {1}... are {@link #arguments()}. */
    public List<Object> messageArguments() {
        List<Object> all = new ArrayList<>(arguments.size() + 1);
        all.add(value);
        all.addAll(arguments);
        return all;
    }

    private static String shown(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= VALUE_SHOWN) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(VALUE_SHOWN - 1)) ? VALUE_SHOWN - 1 : VALUE_SHOWN;
        return value.substring(0, end) + "\u2026";
    }
}
