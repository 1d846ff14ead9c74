package org.tandem.sandbox;

import java.util.List;
import java.util.Map;

/**
 * The demo organisation as an HR system exports it: semicolons, its own column names (a personnel number first,
 * work e-mail addresses for people and line managers, "Cost centre name" for the department), levels as words,
 * one preferred language.
 */
final class HrExport {

    static final String HEADER = "Personnel number;Work e-mail;Line manager e-mail;Cost centre name;Job level;"
            + "Office;Language\n";

    /**
     * The words HR writes for the demo's levels 1 to 7 (the demo numbers its levels from the top down), and the
     * numbers an administrator gives them.
     */
    static final Map<String, Integer> LEVEL_WORDS = Map.of("Executive", 1, "Director", 2, "Head", 3, "Manager", 4,
            "Lead", 5, "Senior", 6, "Associate", 7);

    private static final String[] WORDS = {"Executive", "Director", "Head", "Manager", "Lead", "Senior",
        "Associate"};

    private HrExport() {
    }

    /** One line per person; {@code edit} may change a line (line 2 is the first person) before it is written. */
    static String csv(List<SandboxUsers.Person> people, SandboxUsers users, LineEdit edit) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < people.size(); i++) {
            SandboxUsers.Person p = people.get(i);
            String manager = p.managerKey() == null ? ""
                    : users.byKey(p.managerKey()).map(SandboxUsers.Person::email).orElse("");
            String[] cells = {String.valueOf(100_000 + i), p.email(), manager, p.department(), word(p.level()),
                p.location(), p.language().split(",")[0]};
            edit.apply(i + 2, cells);
            csv.append(String.join(";", cells)).append('\n');
        }
        return csv.toString();
    }

    static String csv(List<SandboxUsers.Person> people, SandboxUsers users) {
        return csv(people, users, (line, cells) -> { });
    }

    static String word(int level) {
        return WORDS[Math.max(1, Math.min(WORDS.length, level)) - 1];
    }

    /** Changes the cells of one line: 0 number, 1 e-mail, 2 manager e-mail, 3 department, 4 level word. */
    interface LineEdit {
        void apply(int line, String[] cells);
    }
}
