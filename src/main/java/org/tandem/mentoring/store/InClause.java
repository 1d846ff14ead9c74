package org.tandem.mentoring.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Values for an SQL {@code IN (...)} list, read in parts of at most {@value #MAX} values each: Oracle refuses more
 * than 1,000 values in one list and SQL Server more than 2,100 parameters in one statement.
 */
final class InClause {

    /** The most values one {@code IN} list holds. */
    static final int MAX = 500;

    private InClause() {
    }

    /**
     * The distinct values, in their first order, in parts of at most {@value #MAX}; none for none. Nulls are left
     * out, as {@code IN} never matches them.
     */
    static <T> List<List<T>> parts(Collection<T> values) {
        List<T> distinct = values.stream().filter(Objects::nonNull).distinct().toList();
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += MAX) {
            parts.add(distinct.subList(from, Math.min(distinct.size(), from + MAX)));
        }
        return parts;
    }

    /** {@code column IN (?, ?, ...)} with one mark per value of a part. */
    static String in(String column, List<?> part) {
        return column + " IN (" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")";
    }
}
