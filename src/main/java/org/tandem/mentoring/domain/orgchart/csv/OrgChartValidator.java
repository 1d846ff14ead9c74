package org.tandem.mentoring.domain.orgchart.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * The rules of an org chart file, checked on every row; the result names each problem by line and column.
 *
 * <ul>
 *   <li>user: required, at most {@value OrgChartLimits#KEY} characters, a user the host knows (the predicate),
 *       once per file ({@link ProblemCode#DUPLICATE_USER} on every later line);</li>
 *   <li>manager: empty at the top of the organisation; otherwise a person of the same file, or, when updating, a
 *       person already in the stored chart ({@code storedManagers}); never the person themself; no reporting
 *       cycle. A manager who is a Confluence user but not in the chart is unknown: the chart must be whole, or
 *       the lines of authority that matching relies on would end in nobody;</li>
 *   <li>department: required, at most {@value OrgChartLimits#NAME} characters;</li>
 *   <li>level: required, a whole number from {@value OrgChartLimits#MIN_LEVEL} to
 *       {@value OrgChartLimits#MAX_LEVEL}, higher is more senior;</li>
 *   <li>location (at most {@value OrgChartLimits#NAME}) and language (at most {@value OrgChartLimits#KEY}):
 *       optional.</li>
 * </ul>
 *
 * <p>Cycles are found in time linear in the number of people: every person is walked at most once, following the
 * one manager each has. Each person of a cycle who is in the file gets one {@link ProblemCode#CYCLE}; a person who
 * is their own manager gets {@link ProblemCode#OWN_MANAGER} instead. When updating, the walk follows the stored
 * managers of people the file does not name, so a cycle through the stored chart is found too.
 */
public final class OrgChartValidator {

    /** Most names a cycle's text lists before it is cut. */
    static final int CYCLE_SHOWN = 10;

    private static final byte NEW = 0;
    private static final byte ON_PATH = 1;
    private static final byte DONE = 2;

    private OrgChartValidator() {
    }

    /** Reads and validates a whole file, replacing the chart (managers must be in the file). */
    public static OrgChartReport validate(byte[] csv, Predicate<String> userExists) {
        return validate(OrgChartCsvReader.read(csv), userExists, Map.of());
    }

    /**
     * Validates a file that was read.
     *
     * @param userExists     whether a user key belongs to a user of the host
     * @param storedManagers for an update, the stored chart: user key to manager key (null or empty at the top);
     *                       for a replacement, an empty map
     */
    public static OrgChartReport validate(OrgChartCsvFile file, Predicate<String> userExists,
            Map<String, String> storedManagers) {
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        if (file.unreadable()) {
            return new OrgChartReport(file.columns(), file.rows(), sorted(problems));
        }
        List<OrgChartRow> rows = file.rows();
        Map<String, OrgChartRow> byUser = new HashMap<>(rows.size() * 2);
        for (OrgChartRow row : rows) {
            checkRow(row, byUser, userExists, problems);
        }
        for (OrgChartRow row : rows) {
            String manager = row.manager();
            if (!manager.isEmpty() && !manager.equals(row.user()) && manager.length() <= OrgChartLimits.KEY
                    && !byUser.containsKey(manager) && !storedManagers.containsKey(manager)) {
                problems.add(problem(row, OrgChartColumn.MANAGER, ProblemCode.UNKNOWN_MANAGER, manager));
            }
        }
        findCycles(rows, byUser, storedManagers, problems);
        return new OrgChartReport(file.columns(), rows, sorted(problems));
    }

    /**
     * Validates a file whose user and manager columns hold usernames, e-mail addresses or user keys, and whose
     * levels may be words: each value is first replaced by the one user key it matches ({@code found}), each level
     * word by its level ({@code words}). A value matching nobody or several people, and a level word without a
     * level, are reported on their line, and a user or manager column of which no value matches anybody once on
     * the header line. The report's rows hold user keys and level numbers.
     */
    public static OrgChartReport validate(OrgChartCsvFile file, PeopleFound found, Map<String, String> storedManagers,
            LevelWords words) {
        if (file.unreadable()) {
            return validate(file, key -> true, storedManagers);
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<OrgChartRow> rows = new ArrayList<>(file.rows().size());
        boolean anyUser = false;
        boolean anyManager = false;
        boolean managers = false;
        for (OrgChartRow row : file.rows()) {
            String user = row.user();
            if (!user.isEmpty() && user.length() <= OrgChartLimits.KEY) {
                List<String> keys = found.keysFor(user);
                anyUser |= !keys.isEmpty();
                if (keys.size() == 1) {
                    user = keys.get(0);
                } else if (keys.size() > 1) {
                    problems.add(problem(row, OrgChartColumn.USER, ProblemCode.AMBIGUOUS_USER, user, keys.size()));
                } else {
                    problems.add(problem(row, OrgChartColumn.USER, ProblemCode.UNKNOWN_USER, user));
                }
            }
            String manager = row.manager();
            if (!manager.isEmpty() && manager.length() <= OrgChartLimits.KEY) {
                managers = true;
                List<String> keys = found.keysFor(manager);
                anyManager |= !keys.isEmpty();
                if (keys.size() == 1) {
                    manager = keys.get(0);
                } else {
                    problems.add(keys.isEmpty()
                            ? problem(row, OrgChartColumn.MANAGER, ProblemCode.NO_SUCH_MANAGER, manager)
                            : problem(row, OrgChartColumn.MANAGER, ProblemCode.AMBIGUOUS_MANAGER, manager,
                                    keys.size()));
                    manager = "";
                }
            }
            String level = row.level();
            if (!level.isEmpty() && !validLevel(level) && !isDigits(level)) {
                OptionalInt mapped = words.levelOf(level);
                if (mapped.isPresent()) {
                    level = String.valueOf(mapped.getAsInt());
                } else {
                    problems.add(problem(row, OrgChartColumn.LEVEL, ProblemCode.UNKNOWN_LEVEL_WORD, level,
                            OrgChartLimits.MIN_LEVEL, OrgChartLimits.MAX_LEVEL));
                    level = String.valueOf(OrgChartLimits.MIN_LEVEL);
                }
            }
            rows.add(new OrgChartRow(row.line(), user, manager, row.department(), level, row.location(),
                    row.language()));
        }
        int headerLine = 1;
        if (!file.rows().isEmpty() && !anyUser) {
            problems.add(ImportProblem.of(headerLine, OrgChartColumn.USER.header(),
                    ProblemCode.COLUMN_MATCHES_NOBODY, file.header().mapped().getOrDefault(OrgChartColumn.USER, ""),
                    OrgChartColumn.USER.header()));
        }
        if (managers && !anyManager) {
            problems.add(ImportProblem.of(headerLine, OrgChartColumn.MANAGER.header(),
                    ProblemCode.COLUMN_MATCHES_NOBODY,
                    file.header().mapped().getOrDefault(OrgChartColumn.MANAGER, ""), OrgChartColumn.MANAGER.header()));
        }
        OrgChartCsvFile resolved = new OrgChartCsvFile(file.delimiter(), file.columns(), rows, file.problems(),
                file.blankLines(), file.recordsRead(), file.header(), file.sample());
        OrgChartReport report = validate(resolved, key -> true, storedManagers);
        problems.addAll(report.problems());
        return new OrgChartReport(report.columns(), report.rows(), sorted(problems));
    }

    private static boolean isDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static void checkRow(OrgChartRow row, Map<String, OrgChartRow> byUser, Predicate<String> userExists,
            List<ImportProblem> problems) {
        String user = row.user();
        if (user.isEmpty()) {
            problems.add(problem(row, OrgChartColumn.USER, ProblemCode.MISSING_VALUE, user));
        } else if (!fits(row, OrgChartColumn.USER, problems)) {
            // reported
        } else {
            OrgChartRow first = byUser.putIfAbsent(user, row);
            if (first != null) {
                problems.add(problem(row, OrgChartColumn.USER, ProblemCode.DUPLICATE_USER, user, first.line()));
            } else if (!userExists.test(user)) {
                problems.add(problem(row, OrgChartColumn.USER, ProblemCode.UNKNOWN_USER, user));
            }
        }
        if (fits(row, OrgChartColumn.MANAGER, problems) && !user.isEmpty() && user.equals(row.manager())) {
            problems.add(problem(row, OrgChartColumn.MANAGER, ProblemCode.OWN_MANAGER, row.manager()));
        }
        if (row.department().isEmpty()) {
            problems.add(problem(row, OrgChartColumn.DEPARTMENT, ProblemCode.MISSING_VALUE, ""));
        } else {
            fits(row, OrgChartColumn.DEPARTMENT, problems);
        }
        checkLevel(row, problems);
        fits(row, OrgChartColumn.LOCATION, problems);
        fits(row, OrgChartColumn.LANGUAGE, problems);
    }

    private static void checkLevel(OrgChartRow row, List<ImportProblem> problems) {
        String level = row.level();
        if (level.isEmpty()) {
            problems.add(problem(row, OrgChartColumn.LEVEL, ProblemCode.MISSING_VALUE, ""));
            return;
        }
        if (!validLevel(level)) {
            problems.add(problem(row, OrgChartColumn.LEVEL, ProblemCode.BAD_LEVEL, level, OrgChartLimits.MIN_LEVEL,
                    OrgChartLimits.MAX_LEVEL));
        }
    }

    /** Plain ASCII digits only (no sign, no spaces inside, no decimals), within the range. */
    static boolean validLevel(String text) {
        if (text.isEmpty() || text.length() > 2) {
            return false;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value >= OrgChartLimits.MIN_LEVEL && value <= OrgChartLimits.MAX_LEVEL;
    }

    private static boolean fits(OrgChartRow row, OrgChartColumn column, List<ImportProblem> problems) {
        String value = row.value(column);
        if (value.length() > column.maxLength()) {
            problems.add(problem(row, column, ProblemCode.TOO_LONG, value, column.maxLength()));
            return false;
        }
        return true;
    }

    private static void findCycles(List<OrgChartRow> rows, Map<String, OrgChartRow> byUser,
            Map<String, String> storedManagers, List<ImportProblem> problems) {
        Map<String, Byte> state = new HashMap<>(rows.size() * 2);
        List<String> path = new ArrayList<>();
        for (OrgChartRow row : rows) {
            String start = row.user();
            if (byUser.get(start) != row || state.containsKey(start)) {
                continue;
            }
            path.clear();
            String current = start;
            while (current != null && state.getOrDefault(current, NEW) == NEW) {
                state.put(current, ON_PATH);
                path.add(current);
                current = managerOf(current, byUser, storedManagers);
            }
            if (current != null && state.get(current) == ON_PATH) {
                int from = path.lastIndexOf(current);
                reportCycle(path.subList(from, path.size()), byUser, problems);
            }
            for (String person : path) {
                state.put(person, DONE);
            }
        }
    }

    /** The next person up, or null at the top; a person who manages themself ends the walk (reported apart). */
    private static String managerOf(String person, Map<String, OrgChartRow> byUser,
            Map<String, String> storedManagers) {
        OrgChartRow row = byUser.get(person);
        String manager = row != null ? row.manager() : storedManagers.get(person);
        return manager == null || manager.isEmpty() || manager.equals(person) ? null : manager;
    }

    private static void reportCycle(List<String> cycle, Map<String, OrgChartRow> byUser,
            List<ImportProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cycle.size() && i < CYCLE_SHOWN; i++) {
            text.append(cycle.get(i)).append(" \u2192 ");
        }
        text.append(cycle.size() > CYCLE_SHOWN ? "\u2026" : cycle.get(0));
        String shown = text.toString();
        for (String person : cycle) {
            OrgChartRow row = byUser.get(person);
            if (row != null) {
                problems.add(problem(row, OrgChartColumn.MANAGER, ProblemCode.CYCLE, row.manager(), cycle.size(),
                        shown));
            }
        }
    }

    private static ImportProblem problem(OrgChartRow row, OrgChartColumn column, ProblemCode code, String value,
            Object... arguments) {
        return ImportProblem.of(row.line(), column.header(), code, value, arguments);
    }

    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(ImportProblem::line).thenComparingInt(OrgChartValidator::columnOrder));
        return sorted;
    }

    private static int columnOrder(ImportProblem problem) {
        return problem.column() == null ? -1
                : OrgChartColumn.fromHeader(problem.column()).map(Enum::ordinal).orElse(-1);
    }
}
