package org.tandem.mentoring.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;

/**
 * A programme of any size for the dashboard's store test and benchmark, written with batched inserts: a director
 * ({@code dir}) above managers {@code m0, m1, ...} with eight mentee reports each ({@code e0, e1, ...}), mentors
 * {@code r0, r1, ...} (two mentees each) in another branch, every tenth pairing ended after a "not a fit" answer,
 * sessions, shared learnings, feedback and expectations meetings on a regular pattern. Nothing is sealed for
 * real: the learning columns hold placeholders, which the dashboards never read.
 */
public final class DashboardFixture {

    /** A fixed "now" (2026-03-02) and a day in milliseconds. */
    public static final long NOW = 1_772_442_000_000L;
    public static final long DAY = 86_400_000L;

    private DashboardFixture() {
    }

    /** Writes the programme with {@code pairings} pairings; returns its id. */
    public static int seed(EntityManager em, String name, int pairings) throws SQLException {
        return seed(em, name, pairings, 10);
    }

    /**
     * The same with sessions in only {@code sessionTenths} of ten pairings (10: every pairing has its share of
     * the 0, 1, 2 pattern, one session per pairing on average; 6: 0.6 on average).
     */
    public static int seed(EntityManager em, String name, int pairings, int sessionTenths) throws SQLException {
        ProgrammeEntity programme = em.create(ProgrammeEntity.class, new DBParam(ProgrammeEntity.NAME, name),
                new DBParam(ProgrammeEntity.PROGRAMME_TYPE, "ONE_TO_ONE"),
                new DBParam(ProgrammeEntity.CADENCE, "FORTNIGHTLY"), new DBParam(ProgrammeEntity.PHASE, "RUNNING"),
                new DBParam(ProgrammeEntity.START_DATE, "2025-03-01"));
        int pid = programme.getID();
        String prefix = "p" + pid + "-";
        NativeSql sql = NativeSql.of(programme);
        try (Connection c = sql.connection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            Batch org = new Batch(sql, c, OrgPersonEntity.class, OrgPersonEntity.USER_KEY, OrgPersonEntity.MANAGER_KEY,
                    OrgPersonEntity.DISPLAY_NAME);
            Batch part = new Batch(sql, c, ParticipantEntity.class, "ID", ParticipantEntity.PROGRAMME_ID,
                    ParticipantEntity.USER_KEY, ParticipantEntity.PARTICIPANT_ROLE, ParticipantEntity.STATE,
                    ParticipantEntity.PROGRAMME_USER);
            Batch theme = new Batch(sql, c, ParticipantThemeEntity.class, ParticipantThemeEntity.PROGRAMME_ID,
                    ParticipantThemeEntity.PARTICIPANT_ID, ParticipantThemeEntity.THEME_ID);
            Batch pair = new Batch(sql, c, PairingEntity.class, "ID", PairingEntity.PROGRAMME_ID,
                    PairingEntity.MENTEE_KEY, PairingEntity.MENTOR_KEY, PairingEntity.STATE,
                    PairingEntity.MENTEE_CONSENT, PairingEntity.MENTOR_CONSENT, PairingEntity.MANAGER_CONSENT,
                    PairingEntity.SPONSOR_CONSENT, PairingEntity.DECIDED_AT);
            Batch session = new Batch(sql, c, SessionEntity.class, SessionEntity.PAIRING_ID, SessionEntity.STARTS_AT,
                    SessionEntity.TIME_ZONE, SessionEntity.MINUTES, SessionEntity.FORMAT, SessionEntity.CREATED_BY,
                    SessionEntity.CREATED_AT);
            Batch learning = new Batch(sql, c, LearningEntity.class, LearningEntity.PROGRAMME_ID,
                    LearningEntity.PAIRING_ID, LearningEntity.SESSION_ID, LearningEntity.MENTEE_KEY,
                    LearningEntity.THEME_ID, LearningEntity.CIPHERTEXT, LearningEntity.NONCE, LearningEntity.KEY_ID,
                    LearningEntity.SHARED, LearningEntity.FEEDBACK_BY, LearningEntity.CREATED_AT);
            Batch expect = new Batch(sql, c, ExpectationsEntity.class, ExpectationsEntity.PAIRING_ID,
                    ExpectationsEntity.MENTEE_KEY, ExpectationsEntity.MANAGER_KEY, ExpectationsEntity.PAIRING_MANAGER,
                    ExpectationsEntity.HELD_ON, ExpectationsEntity.UPDATED_BY, ExpectationsEntity.UPDATED_AT);
            Batch fit = new Batch(sql, c, FitAnswerEntity.class, FitAnswerEntity.PAIRING_ID,
                    FitAnswerEntity.PERSON_KEY, FitAnswerEntity.PAIRING_PERSON, FitAnswerEntity.ANSWER,
                    FitAnswerEntity.ANSWERED_AT);
            Batch answer = new Batch(sql, c, SurveyAnswerEntity.class, "ID", SurveyAnswerEntity.PROGRAMME_ID,
                    SurveyAnswerEntity.PAIRING_ID, SurveyAnswerEntity.KIND, SurveyAnswerEntity.DUE_ON,
                    SurveyAnswerEntity.PERSON_KEY, SurveyAnswerEntity.ANSWER_KEY, SurveyAnswerEntity.REASON,
                    SurveyAnswerEntity.ANSWERED_AT);
            Batch rating = new Batch(sql, c, SurveyRatingEntity.class, SurveyRatingEntity.ANSWER_ID,
                    SurveyRatingEntity.PROGRAMME_ID, SurveyRatingEntity.KIND, SurveyRatingEntity.PERIOD,
                    SurveyRatingEntity.ITEM, SurveyRatingEntity.SCORE);
            int base = pid * 10_000_000;
            org.add(prefix + "dir", null, "Director " + pid);
            for (int m = 0; m * 8 < pairings; m++) {
                org.add(prefix + "m" + m, prefix + "dir", "Manager " + m);
            }
            for (int r = 0; r * 2 < pairings; r++) {
                org.add(prefix + "r" + r, null, "Mentor " + r);
                int partId = base + 5_000_000 + r;
                part.add(partId, pid, prefix + "r" + r, "MENTOR", "APPROVED", prefix + "r" + r + ":MENTOR");
                theme.add(pid, partId, r % 10);
                theme.add(pid, partId, (r + 3) % 10);
            }
            for (int i = 0; i < pairings; i++) {
                String mentee = prefix + "e" + i;
                String mentor = prefix + "r" + (i / 2);
                String manager = prefix + "m" + (i / 8);
                org.add(mentee, manager, "Mentee " + i);
                int partId = base + i;
                part.add(partId, pid, mentee, "MENTEE", "APPROVED", mentee + ":MENTEE");
                theme.add(pid, partId, i % 10);
                theme.add(pid, partId, (i + 1) % 10);
                boolean ended = i % 10 == 9;
                int pairingId = base + i;
                pair.add(pairingId, pid, mentee, mentor, ended ? "ENDED" : "ACTIVE", "GIVEN", "GIVEN", "GIVEN",
                        "NOT_REQUIRED", NOW - 120 * DAY);
                for (int s = 0; i % 10 < sessionTenths && s < i % 3; s++) {
                    session.add(pairingId, NOW - (10 + 20L * s + i % 50) * DAY, "UTC", 45, "IN_PERSON", mentee,
                            NOW - 130 * DAY);
                }
                if (i % 4 == 0) {
                    learning.add(pid, pairingId, 0, mentee, i % 10, "x", "x", "x", true,
                            i % 8 == 0 ? manager : null, NOW - 5 * DAY);
                }
                if (i % 2 == 0) {
                    expect.add(pairingId, mentee, manager, pairingId + ":" + manager, "2026-01-10", manager,
                            NOW - 100 * DAY);
                }
                if (ended) {
                    fit.add(pairingId, mentee, pairingId + ":" + mentee, "NOT_A_FIT", NOW - 60 * DAY);
                }
                surveyAnswer(answer, rating, pid, pairingId, i, mentee);
            }
            for (Batch batch : List.of(org, part, theme, pair, session, learning, expect, fit, answer, rating)) {
                batch.flush();
            }
            c.commit();
            c.setAutoCommit(auto);
        }
        // every table written, as autovacuum would have done on a live database: without statistics PostgreSQL's
        // planner guesses a handful of rows for a programme's participants and hashes whole tables to join them
        for (Class<? extends net.java.ao.RawEntity<?>> table : List.of(ProgrammeEntity.class, PairingEntity.class,
                SessionEntity.class, OrgPersonEntity.class, ParticipantEntity.class, ParticipantThemeEntity.class,
                LearningEntity.class, ExpectationsEntity.class, FitAnswerEntity.class, SurveyAnswerEntity.class,
                SurveyRatingEntity.class)) {
            sql.analyze(table);
        }
        return pid;
    }

    /**
     * One survey answer for every tenth pairing, by its mentee: a pulse (three ratings) in one month of three
     * (spread over twelve months), the mid-point statements (five ratings), or, for an ended pairing, the closing
     * survey's reason.
     */
    private static void surveyAnswer(Batch answer, Batch rating, int pid, int pairingId, int i, String mentee)
            throws SQLException {
        String kind = switch (i % 30) {
            case 3 -> "PULSE";
            case 13 -> "MIDPOINT";
            case 29 -> "CLOSURE";
            default -> null;
        };
        if (kind == null) {
            return;
        }
        String due = String.format("2025-%02d-15", 1 + (i / 30) % 12);
        int answerId = pairingId;
        answer.add(answerId, pid, pairingId, kind, due, mentee, kind + ":" + pairingId + ":" + due + ":" + mentee,
                kind.equals("CLOSURE") ? "NOT_A_GOOD_FIT" : null, NOW - 30 * DAY);
        List<String> items = switch (kind) {
            case "PULSE" -> org.tandem.mentoring.domain.survey.SurveyKind.PULSE_QUESTIONS;
            case "MIDPOINT" -> List.of("default-1", "default-2", "default-3", "default-4", "default-5");
            default -> List.of();
        };
        for (int k = 0; k < items.size(); k++) {
            rating.add(answerId, pid, kind, due.substring(0, 7), items.get(k), 1 + (i + k) % 5);
        }
    }

    /** A batched INSERT into one table. */
    private static final class Batch {
        private final PreparedStatement statement;
        private int pending;

        Batch(NativeSql sql, Connection c, Class<? extends net.java.ao.RawEntity<?>> type, String... columns)
                throws SQLException {
            StringBuilder names = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (String column : columns) {
                names.append(names.length() == 0 ? "" : ", ").append(sql.column(column));
                marks.append(marks.length() == 0 ? "?" : ", ?");
            }
            statement = c.prepareStatement("INSERT INTO " + sql.table(type) + " (" + names + ") VALUES (" + marks
                    + ")");
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            if (++pending == 1000) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }
}
