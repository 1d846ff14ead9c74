package org.tandem.mentoring.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tandem.mentoring.store.DashboardRepository.Engagement;

/** Statements of the programme dashboards' figures too long to sit in {@link DashboardRepository} itself. */
final class ProgrammeStatements {

    private ProgrammeStatements() {
    }

    /**
     * Managers' part and the rematches asked for, per programme: one statement of three parts, each one pass over
     * the programme's rows (its pairings with their expectations meetings and fit answers, its learnings, the
     * programme itself so that a programme without any still gets its row of zeros). The ended pairings are told
     * apart inside the count, not in the condition: given a condition on the state, H2 walks the state's index
     * (every ended pairing of every programme) instead of the programme's own pairings.
     */
    static List<Engagement> engagement(NativeSql sql, Integer programmeId) {
        String pairing = sql.table(PairingEntity.class);
        String pid = sql.column("PROGRAMME_ID");
        String id = sql.column("ID");
        String pairingId = sql.column("PAIRING_ID");
        String feedbackBy = sql.column(LearningEntity.FEEDBACK_BY);
        String onlyP = programmeId == null ? "" : " WHERE p." + pid + " = ?";
        String onlyL = programmeId == null ? "" : " WHERE l." + pid + " = ?";
        String onlyG = programmeId == null ? "" : " WHERE g." + id + " = ?";
        List<Object> args = new ArrayList<>(List.of("ENDED", "NOT_A_FIT"));
        if (programmeId != null) {
            args.add(programmeId);
        }
        args.add(true);
        if (programmeId != null) {
            args.add(programmeId);
            args.add(programmeId);
        }
        Map<Integer, int[]> byProgramme = new TreeMap<>();
        DashboardRepository.query(sql, "SELECT p." + pid + ", 0, COUNT(DISTINCT e." + pairingId + "), COUNT(DISTINCT e."
                + sql.column(ExpectationsEntity.MANAGER_KEY) + "), COUNT(DISTINCT CASE WHEN p." + sql.column("STATE")
                + " = ? THEN f." + pairingId + " END) FROM " + pairing + " p LEFT JOIN "
                + sql.table(ExpectationsEntity.class) + " e ON e." + pairingId + " = p." + id + " LEFT JOIN "
                + sql.table(FitAnswerEntity.class) + " f ON f." + pairingId + " = p." + id + " AND f."
                + sql.column(FitAnswerEntity.ANSWER) + " = ?" + onlyP + " GROUP BY p." + pid
                + " UNION ALL SELECT l." + pid + ", 1, COUNT(l." + feedbackBy + "), COUNT(DISTINCT l." + feedbackBy
                + "), SUM(CASE WHEN l." + sql.column(LearningEntity.SHARED) + " = ? THEN 1 ELSE 0 END) FROM "
                + sql.table(LearningEntity.class) + " l" + onlyL + " GROUP BY l." + pid
                + " UNION ALL SELECT g." + id + ", 2, 0, 0, 0 FROM " + sql.table(ProgrammeEntity.class) + " g" + onlyG,
                args.toArray(), r -> {
                    int[] counts = byProgramme.computeIfAbsent(r.getInt(1), k -> new int[6]);
                    int part = r.getInt(2);
                    if (part < 2) {
                        counts[3 * part] = r.getInt(3);
                        counts[3 * part + 1] = r.getInt(4);
                        counts[3 * part + 2] = r.getInt(5);
                    }
                    return null;
                });
        List<Engagement> engagement = new ArrayList<>();
        byProgramme.forEach((programme, c) -> engagement.add(new Engagement(programme, c[0], c[1], c[3], c[4], c[5],
                c[2])));
        return engagement;
    }
}
