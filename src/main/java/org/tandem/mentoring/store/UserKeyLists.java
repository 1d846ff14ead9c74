package org.tandem.mentoring.store;

import java.util.List;

/** Lists of user keys kept in one text column, one key per line (a participant's preferred and excluded people). */
final class UserKeyLists {

    private UserKeyLists() {
    }

    /** The keys as one text (null when there are none); refuses more than {@code max}, and empty or long keys. */
    static String join(Row row, String property, List<String> keys, int max) {
        if (keys.size() > max) {
            throw new StoreValidationException(row.field(property), StoreValidationException.Problem.INVALID,
                    "lists " + keys.size() + " people, at most " + max + " fit");
        }
        for (String key : keys) {
            if (key == null || key.isBlank() || key.indexOf('\n') >= 0) {
                throw new StoreValidationException(row.field(property), StoreValidationException.Problem.INVALID,
                        "holds an empty or malformed user key");
            }
            if (key.length() > StoreLimits.KEY) {
                throw new StoreValidationException(row.field(property), StoreValidationException.Problem.TOO_LONG,
                        "holds a user key of " + key.length() + " characters, at most " + StoreLimits.KEY
                                + " fit");
            }
        }
        return keys.isEmpty() ? null : String.join("\n", keys);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }
}
