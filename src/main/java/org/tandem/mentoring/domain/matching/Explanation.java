package org.tandem.mentoring.domain.matching;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A plain one-line explanation of a proposed pair, kept as message keys with arguments so the web layer can
 * translate it; {@link EnglishExplanations} renders it in English for tests and logs. The parts are shown in order,
 * joined by "; ".
 */
public record Explanation(List<Part> parts) {

    public Explanation {
        parts = List.copyOf(parts);
    }

    /**
     * One clause of the explanation.
     *
     * @param key  i18n message key, for example {@code tandem.matching.reason.themes}
     * @param args message arguments: only Integer and String values
     */
    public record Part(String key, List<Serializable> args) {

        public Part {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
            for (Serializable arg : args) {
                if (!(arg instanceof Integer) && !(arg instanceof String)) {
                    throw new IllegalArgumentException("explanation arguments are Integer or String");
                }
            }
        }

        public static Part of(String key, Serializable... args) {
            return new Part(key, List.of(args));
        }
    }
}
