package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import net.java.ao.Query;

/**
 * The figures behind the dashboards, counted in the database: each method runs a fixed number of statements
 * (aggregates with {@code GROUP BY}, one statement per table a dashboard shows), whatever the number of people,
 * pairings and sessions. Nothing confidential is read: no notes, no learning text, no reasons.
 *
 * <p>The people below a manager come from one recursive query down the org chart (depth-limited, so bad data
 * ends the walk); the other statements of {@link #belowManager} take their keys as one array parameter.
 */
@Named
public class DashboardRepository {

    /** A count of rows of a programme by two codes (role and state, or state alone with an empty second). */
    public record Count(int programmeId, String first, String second, int count) {
    }

    /** An active pairing's rhythm: sessions begun so far and the last one's start, the pair's own cadence. */
    public record Rhythm(int programmeId, int pairingId, String menteeKey, String mentorKey, String cadence,
            int sessions, Long lastSessionAt, Long activeSince) {
    }

    /** Themes of a programme asked for (mentees) or offered (mentors): how many people chose each. */
    public record ThemeCount(int programmeId, String role, int themeId, int people) {
    }

    /** Managers' part in a programme and the rematches its fit question asked for. */
    public record Engagement(int programmeId, int expectationsHeld, int managersWhoHeld, int feedbackGiven,
            int managersWhoGaveFeedback, int sharedLearnings, int rematchesNeeded) {
    }

    /** Everything a programme dashboard (or the side-by-side view of every programme) shows. */
    public record ProgrammeFigures(List<Count> participants, List<Count> pairings, List<Rhythm> rhythms,
            List<ThemeCount> themes, List<Engagement> engagement) {
    }

    /** Someone below the manager, with their own manager and how far below they are (1: a direct report). */
    public record Below(String userKey, String managerKey, int depth) {
    }

    /** An application of someone below the manager. */
    public record Enrolment(int programmeId, String userKey, String role, String state) {
    }

    /** A pairing of someone below the manager (as mentee or mentor), with its rhythm; never content. */
    public record BelowPairing(int pairingId, int programmeId, String menteeKey, String mentorKey, String state,
            String managerConsent, String cadence, int sessions, Long lastSessionAt, boolean expectationsHeld,
            Long activeSince) {
    }

    /** Shared learnings of a pairing by theme, and how many still wait for the manager's feedback. */
    public record SharedCount(int pairingId, int themeId, int shared, int awaitingFeedback) {
    }

    /** The manager dashboard's figures. */
    public record ManagerFigures(List<Below> people, List<Enrolment> enrolments, List<BelowPairing> pairings,
            List<SharedCount> shared) {
    }

    /** How deep {@link #belowManager} walks with {@code everyone}; org charts are far shallower. */
    static final int MAX_DEPTH = 64;

    /** The states of the pairings a manager's dashboard shows: proposed to the pair, running, ended. */
    private static final java.util.Set<String> SHOWN_STATES = java.util.Set.of("PROPOSED", "ACTIVE", "ENDED");

    private final ActiveObjects ao;

    @Inject
    public DashboardRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * The figures of one programme, or of every programme when {@code programmeId} is null: six statements.
     * {@code now} bounds the sessions counted as held (planned ones are not).
     */
    public ProgrammeFigures programmeFigures(Integer programmeId, long now) {
        Optional<NativeSql> found = nativeSql();
        if (found.isEmpty()) {
            return new ProgrammeFigures(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        NativeSql sql = found.get();
        String participant = sql.table(ParticipantEntity.class);
        String pairing = sql.table(PairingEntity.class);
        String session = sql.table(SessionEntity.class);
        String home = sql.table(PairingHomeEntity.class);
        String partTheme = sql.table(ParticipantThemeEntity.class);
        String pid = sql.column("PROGRAMME_ID");
        String id = sql.column("ID");
        String state = sql.column("STATE");
        String pairingId = sql.column("PAIRING_ID");
        Object[] scope = programmeId == null ? new Object[0] : new Object[] {programmeId};
        String where = programmeId == null ? "" : " WHERE " + pid + " = ?";
        String andP = programmeId == null ? "" : " AND p." + pid + " = ?";

        List<Count> participants = query(sql, "SELECT " + pid + ", " + sql.column(ParticipantEntity.PARTICIPANT_ROLE)
                + ", " + state + ", COUNT(*) FROM " + participant + where + " GROUP BY " + pid + ", "
                + sql.column(ParticipantEntity.PARTICIPANT_ROLE) + ", " + state, scope,
                r -> new Count(r.getInt(1), r.getString(2), r.getString(3), r.getInt(4)));
        List<Count> pairings = new ArrayList<>();
        query(sql, "SELECT " + pid + ", " + state + ", COUNT(DISTINCT " + sql.column(PairingEntity.MENTEE_KEY)
                + "), COUNT(DISTINCT " + sql.column(PairingEntity.MENTOR_KEY) + "), COUNT(*) FROM " + pairing + where
                + " GROUP BY " + pid + ", " + state, scope, r -> {
                    pairings.add(new Count(r.getInt(1), r.getString(2), "MENTEE", r.getInt(3)));
                    pairings.add(new Count(r.getInt(1), r.getString(2), "MENTOR", r.getInt(4)));
                    pairings.add(new Count(r.getInt(1), r.getString(2), "", r.getInt(5)));
                    return null;
                });
        // the running pairings are chosen here, not in SQL: given a condition on the state, H2 may walk the state's
        // index (every pairing of every programme) instead of the programme's own pairings
        Object[] rhythmArgs = programmeId == null ? new Object[] {now} : new Object[] {now, programmeId};
        String andProgramme = programmeId == null ? "" : " WHERE p." + pid + " = ?";
        List<Rhythm> rhythms = query(sql, "SELECT p." + pid + ", p." + id + ", p." + sql.column(PairingEntity.MENTEE_KEY)
                + ", p." + sql.column(PairingEntity.MENTOR_KEY) + ", h." + sql.column(PairingHomeEntity.CADENCE)
                + ", COUNT(s." + id + "), MAX(s." + sql.column(SessionEntity.STARTS_AT) + "), p."
                + sql.column(PairingEntity.DECIDED_AT) + ", p." + state + " FROM " + pairing + " p LEFT JOIN " + home
                + " h ON h." + pairingId + " = p." + id + " LEFT JOIN " + session + " s ON s." + pairingId + " = p."
                + id + " AND s." + sql.column(SessionEntity.STARTS_AT) + " <= ?" + andProgramme
                + " GROUP BY p." + pid + ", p." + id + ", p." + sql.column(PairingEntity.MENTEE_KEY) + ", p."
                + sql.column(PairingEntity.MENTOR_KEY) + ", h." + sql.column(PairingHomeEntity.CADENCE) + ", p."
                + sql.column(PairingEntity.DECIDED_AT) + ", p." + state + " ORDER BY p." + id, rhythmArgs,
                r -> "ACTIVE".equals(r.getString(9)) ? new Rhythm(r.getInt(1), r.getInt(2), r.getString(3),
                        r.getString(4), r.getString(5), r.getInt(6), nullableLong(r, 7), nullableLong(r, 8)) : null);
        // the programme is named on both tables, so that each is read through its own programme index: with the
        // participants' alone, PostgreSQL hashes every participant's themes (300,000 rows at the largest size)
        Object[] themeArgs = programmeId == null ? new Object[] {"DECLINED", "WITHDRAWN"}
                : new Object[] {"DECLINED", "WITHDRAWN", programmeId, programmeId};
        List<ThemeCount> themes = query(sql, "SELECT t." + pid + ", p." + sql.column(ParticipantEntity.PARTICIPANT_ROLE)
                + ", t." + sql.column(ParticipantThemeEntity.THEME_ID) + ", COUNT(*) FROM " + partTheme + " t JOIN "
                + participant + " p ON p." + id + " = t." + sql.column(ParticipantThemeEntity.PARTICIPANT_ID)
                + " WHERE p." + state + " NOT IN (?, ?)" + andP + (programmeId == null ? "" : " AND t." + pid + " = ?")
                + " GROUP BY t." + pid + ", p."
                + sql.column(ParticipantEntity.PARTICIPANT_ROLE) + ", t." + sql.column(ParticipantThemeEntity.THEME_ID),
                themeArgs, r -> new ThemeCount(r.getInt(1), r.getString(2), r.getInt(3), r.getInt(4)));
        List<Engagement> engagement = ProgrammeStatements.engagement(sql, programmeId);
        return new ProgrammeFigures(participants, pairings, rhythms, themes, engagement);
    }

    /**
     * The manager dashboard's figures: the people below {@code managerKey} (direct reports only unless
     * {@code everyone}), their applications, their pairings as mentee or mentor with each pairing's rhythm and
     * whether its expectations meeting was held, and the learnings their pairings shared by theme: four
     * statements (one when nobody is below the manager). An empty org chart gives empty figures.
     */
    public ManagerFigures belowManager(String managerKey, boolean everyone, long now) {
        Optional<NativeSql> found = nativeSql();
        if (found.isEmpty() || managerKey == null) {
            return new ManagerFigures(List.of(), List.of(), List.of(), List.of());
        }
        NativeSql sql = found.get();
        String org = sql.table(OrgPersonEntity.class);
        String user = sql.column(OrgPersonEntity.USER_KEY);
        String manager = sql.column(OrgPersonEntity.MANAGER_KEY);
        String id = sql.column("ID");
        String pid = sql.column("PROGRAMME_ID");
        String pairingId = sql.column("PAIRING_ID");
        String state = sql.column("STATE");
        int depth = everyone ? MAX_DEPTH : 1;
        List<Below> people = query(sql, "WITH RECURSIVE below (uk, mk, depth) AS (SELECT o." + user + ", o."
                + manager + ", 1 FROM " + org + " o WHERE o." + manager + " = ? UNION ALL SELECT o." + user + ", o."
                + manager + ", b.depth + 1 FROM " + org + " o JOIN below b ON o." + manager + " = b.uk WHERE b.depth"
                + " < ?) SELECT uk, mk, MIN(depth) FROM below GROUP BY uk, mk",
                new Object[] {managerKey, depth}, r -> new Below(r.getString(1), r.getString(2), r.getInt(3)));
        if (people.isEmpty()) {
            return new ManagerFigures(people, List.of(), List.of(), List.of());
        }
        // the people found are passed on as one array parameter, read as a table: each statement below starts
        // from their keys and reaches their rows through indexes; none walks the org chart again
        Keys keys = new Keys(people.stream().map(Below::userKey).distinct().toArray(String[]::new));
        String below = sql.keyTable("b", "uk");
        String participant = sql.table(ParticipantEntity.class);
        List<Enrolment> enrolments = query(sql, "SELECT DISTINCT a." + pid + ", a."
                + sql.column(ParticipantEntity.USER_KEY) + ", a." + sql.column(ParticipantEntity.PARTICIPANT_ROLE)
                + ", a." + state + " FROM " + below + " JOIN " + participant + " a ON a."
                + sql.column(ParticipantEntity.USER_KEY) + " = b.uk", new Object[] {keys},
                r -> new Enrolment(r.getInt(1), r.getString(2), r.getString(3), r.getString(4)));
        String pairing = sql.table(PairingEntity.class);
        String mentee = sql.column(PairingEntity.MENTEE_KEY);
        String mentor = sql.column(PairingEntity.MENTOR_KEY);
        String consent = sql.column(PairingEntity.MANAGER_CONSENT);
        String cadence = sql.column(PairingHomeEntity.CADENCE);
        // a pairing of someone below as mentee, then as mentor: both halves of one statement, each through its
        // index; a pairing with both people below comes twice and is kept once
        String[] halves = new String[2];
        for (int i = 0; i < 2; i++) {
            halves[i] = "SELECT p." + id + ", p." + pid + ", p." + mentee + ", p." + mentor + ", p." + state + ", p."
                    + consent + ", h." + cadence + ", COUNT(s." + id + "), MAX(s." + sql.column(SessionEntity.STARTS_AT)
                    + "), (SELECT COUNT(*) FROM " + sql.table(ExpectationsEntity.class) + " e WHERE e." + pairingId
                    + " = p." + id + "), p." + sql.column(PairingEntity.DECIDED_AT) + " FROM " + below + " JOIN "
                    + pairing + " p ON p." + (i == 0 ? mentee : mentor) + " = b.uk LEFT JOIN "
                    + sql.table(PairingHomeEntity.class) + " h ON h." + pairingId + " = p." + id + " LEFT JOIN "
                    + sql.table(SessionEntity.class) + " s ON s." + pairingId + " = p." + id + " AND s."
                    + sql.column(SessionEntity.STARTS_AT) + " <= ? GROUP BY p." + id
                    + ", p." + pid + ", p." + mentee + ", p." + mentor + ", p." + state + ", p." + consent + ", h."
                    + cadence + ", p." + sql.column(PairingEntity.DECIDED_AT);
        }
        // the pairings' states are chosen here, not in SQL: given a condition on the state, H2 may walk the state's
        // index (every pairing) once per person below instead of the person's own pairings through their key
        Map<Integer, BelowPairing> pairings = new TreeMap<>();
        query(sql, halves[0] + " UNION ALL " + halves[1], new Object[] {keys, now, keys, now},
                r -> SHOWN_STATES.contains(r.getString(5)) ? pairings.putIfAbsent(r.getInt(1), new BelowPairing(
                        r.getInt(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getInt(8), nullableLong(r, 9), r.getInt(10) > 0, nullableLong(r, 11)))
                        : null);
        String learning = sql.table(LearningEntity.class);
        String theme = sql.column(LearningEntity.THEME_ID);
        String learner = sql.column(LearningEntity.MENTEE_KEY);
        // reached through the pairings of the people below as mentees (the learnings' own mentee key is not indexed)
        List<SharedCount> shared = query(sql, "SELECT l." + pairingId + ", l." + theme + ", COUNT(*), SUM(CASE"
                + " WHEN l." + sql.column(LearningEntity.FEEDBACK_BY) + " IS NULL THEN 1 ELSE 0 END) FROM " + below
                + " JOIN " + pairing + " p ON p." + mentee + " = b.uk JOIN " + learning + " l ON l." + pairingId
                + " = p." + id + " AND l." + learner + " = b.uk WHERE l." + sql.column(LearningEntity.SHARED)
                + " = ? GROUP BY l." + pairingId + ", l." + theme,
                new Object[] {keys, true},
                r -> new SharedCount(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4)));
        return new ManagerFigures(people, enrolments, List.copyOf(pairings.values()), shared);
    }

    /**
     * A group of people in the org chart on a programme's start ({@code ALL}: everyone; {@code PARTICIPANT}: those
     * who enrolled in the programme or are mentees of its pairings; {@code MENTEE}: mentees of its active or ended
     * pairings) and how many of them were still in it at each of the days asked for.
     */
    public record Retained(String group, int people, List<Integer> stayed) {
    }

    /**
     * Retention since {@code start} (epoch milliseconds) at each of {@code at}: one statement. The people in the
     * chart on {@code start} are those in it now and those who left it after {@code start} (people who joined since
     * count as there from the start: the chart keeps no day of arrival). Everyone is the chart's count plus the
     * leavers since the start; the programme's people are looked up from its own rows through the user key indexes.
     */
    public List<Retained> retention(int programmeId, long start, long[] at) {
        Optional<NativeSql> found = nativeSql();
        if (found.isEmpty()) {
            return List.of();
        }
        NativeSql sql = found.get();
        String user = sql.column(OrgPersonEntity.USER_KEY);
        String leftOn = sql.column(OrgLeaverEntity.LEFT_ON);
        String pid = sql.column("PROGRAMME_ID");
        String id = sql.column("ID");
        String org = sql.table(OrgPersonEntity.class);
        String leaver = sql.table(OrgLeaverEntity.class);
        StringBuilder stayed = new StringBuilder();
        StringBuilder menteesStayed = new StringBuilder();
        StringBuilder everyoneStayed = new StringBuilder();
        StringBuilder leaversStayed = new StringBuilder();
        for (int i = 0; i < at.length; i++) {
            stayed.append(", SUM(CASE WHEN y.left_on IS NULL OR y.left_on > ? THEN 1 ELSE 0 END)");
            menteesStayed.append(", SUM(CASE WHEN y.m = 1 AND (y.left_on IS NULL OR y.left_on > ?) THEN 1 ELSE 0 END)");
            everyoneStayed.append(", o.n + COALESCE(l.s").append(i).append(", 0)");
            leaversStayed.append(", SUM(CASE WHEN ").append(leftOn).append(" > ? THEN 1 ELSE 0 END) AS s").append(i);
        }
        // everyone: the people in the chart now (a count the database keeps, not a walk over the chart) and the
        // leavers who left after the start, counted apart (its row padded to the width of the programme's row)
        String everyone = "SELECT 'ALL' AS grp, o.n + l.n" + everyoneStayed + ", 0" + ", 0".repeat(at.length)
                + " FROM (SELECT COUNT(*) AS n FROM " + org + ") o CROSS JOIN (SELECT COUNT(*) AS n" + leaversStayed
                + " FROM " + leaver + " WHERE " + leftOn + " > ?) l";
        // the programme's people, each once with m = 1 for a mentee of an active or ended pairing: its participants
        // and those mentees, looked up in the chart in one pass. The state is tested in a CASE, not as a condition
        // an index could serve: given "STATE IN (?, ?)", H2 walks the state's index (every running and ended
        // pairing of every programme) instead of the programme's own pairings
        String people = "SELECT uk, MAX(m) AS m FROM (SELECT " + user + " AS uk, 0 AS m FROM "
                + sql.table(ParticipantEntity.class) + " WHERE " + pid + " = ? UNION ALL SELECT CASE WHEN "
                + sql.column("STATE") + " IN (?, ?) THEN " + sql.column(PairingEntity.MENTEE_KEY) + " END, 1 FROM "
                + sql.table(PairingEntity.class) + " WHERE " + pid + " = ?) u WHERE uk IS NOT NULL GROUP BY uk";
        String programme = "SELECT 'PEOPLE', COUNT(*)" + stayed + ", SUM(y.m)" + menteesStayed + " FROM (SELECT k.m,"
                + " CASE WHEN o." + id + " IS NOT NULL THEN NULL ELSE l." + leftOn + " END AS left_on FROM (" + people
                + ") k LEFT JOIN " + org + " o ON o." + user + " = k.uk LEFT JOIN " + leaver + " l ON l." + user
                + " = k.uk AND l." + leftOn + " > ? WHERE o." + id + " IS NOT NULL OR l." + id + " IS NOT NULL) y";
        List<Object> args = new ArrayList<>();
        for (long day : at) {
            args.add(day);
        }
        args.add(start);
        for (int twice = 0; twice < 2; twice++) {
            for (long day : at) {
                args.add(day);
            }
        }
        args.addAll(List.of(programmeId, "ACTIVE", "ENDED", programmeId, start));
        List<Retained> groups = new ArrayList<>();
        query(sql, everyone + " UNION ALL " + programme, args.toArray(), r -> {
            boolean all = "ALL".equals(r.getString(1));
            for (int g = 0; g < (all ? 1 : 2); g++) {
                int first = 2 + g * (at.length + 1);
                List<Integer> counts = new ArrayList<>();
                for (int i = 0; i < at.length; i++) {
                    counts.add(r.getInt(first + 1 + i));
                }
                groups.add(new Retained(all ? "ALL" : g == 0 ? "PARTICIPANT" : "MENTEE", r.getInt(first), counts));
            }
            return null;
        });
        return groups;
    }

    /**
     * How many learnings of a programme are shared, by theme id: a GROUP BY, not a row per learning read into Java;
     * nothing is opened. Two statements: one shared learning of the programme (none: no counts), the counts.
     */
    public Map<Integer, Integer> sharedByTheme(int programmeId) {
        Map<Integer, Integer> counts = new TreeMap<>();
        LearningEntity[] any = ao.find(LearningEntity.class, Query.select("ID")
                .where(LearningEntity.PROGRAMME_ID + " = ? AND " + LearningEntity.SHARED + " = ?", programmeId, true)
                .limit(1));
        if (any.length == 0) {
            return counts;
        }
        NativeSql sql = NativeSql.of(any[0]);
        String theme = sql.column(LearningEntity.THEME_ID);
        query(sql, "SELECT " + theme + ", COUNT(*) FROM " + sql.table(LearningEntity.class) + " WHERE "
                + sql.column(LearningEntity.PROGRAMME_ID) + " = ? AND " + sql.column(LearningEntity.SHARED)
                + " = ? GROUP BY " + theme, new Object[] {programmeId, true}, r -> {
                    counts.merge(r.getInt(1), r.getInt(2), Integer::sum);
                    return null;
                });
        return counts;
    }

    /** Every learning theme's name by id (default taxonomy and programmes' own): one statement. */
    public java.util.Map<Integer, String> themeNames() {
        java.util.Map<Integer, String> names = new java.util.HashMap<>();
        for (ThemeEntity theme : ao.find(ThemeEntity.class, Query.select("ID, " + ThemeEntity.NAME))) {
            names.put(theme.getID(), theme.getName());
        }
        return names;
    }

    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    static <T> List<T> query(NativeSql sql, String query, Object[] args, RowReader<T> reader) {
        List<T> out = new ArrayList<>();
        boolean keyed = java.util.Arrays.stream(args).anyMatch(Keys.class::isInstance);
        try (Connection connection = sql.connection()) {
            if (keyed) {
                sql.joinInWrittenOrder(connection, true);
            }
            try (PreparedStatement statement = sql.prepare(connection, query)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i] instanceof Keys keys ? sql.array(connection, keys.values())
                            : args[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        T value = reader.read(rows);
                        if (value != null) {
                            out.add(value);
                        }
                    }
                }
            } finally {
                if (keyed) {
                    sql.joinInWrittenOrder(connection, false);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the dashboard's figures", e);
        }
        return out;
    }

    /** User keys passed as one SQL array parameter, read with {@link NativeSql#keyTable}. */
    private record Keys(String[] values) {
    }

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** Access to hand-written SQL through any stored programme, or empty when there is none. */
    private Optional<NativeSql> nativeSql() {
        ProgrammeEntity[] any = ao.find(ProgrammeEntity.class, Query.select("ID").limit(1));
        return any.length == 0 ? Optional.empty() : Optional.of(NativeSql.of(any[0]));
    }
}
