package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The record of Tandem's scheduled work: the days each daily job claimed and what it did, the mails it sent, and
 * each person's mail choices. Every write commits in its own transaction, so another node sees it at once; the
 * database's unique keys, not the nodes' memory, decide who claims a day and whether a mail was sent.
 */
@Named
public class JobRunLog {

    /** A day of a job: RUNNING while a node works on it, then DONE or FAILED. */
    public record JobRun(String job, LocalDate day, String node, long started, Long finished, String counts,
            String outcome) {
    }

    /** A person's mail choices. */
    public record MailPreference(boolean remindersOff, boolean plainText) {
        public static final MailPreference DEFAULT = new MailPreference(false, false);
    }

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    private static final String RECORD = "jobRun";

    private final ActiveObjects ao;

    @Inject
    public JobRunLog(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The last day the job finished its work, if any (a failed day is done again by the next run). */
    public Optional<LocalDate> lastDay(String job) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(JobRunEntity.class, Query.select()
                .where(JobRunEntity.JOB + " = ? AND " + JobRunEntity.OUTCOME + " = ?", job, DONE)
                .order(JobRunEntity.DAY + " DESC").limit(1))).findFirst().map(e -> LocalDate.parse(e.getDay())));
    }

    /**
     * Claims a day of a job for {@code node}: a new row, or a FAILED one, or one RUNNING since before
     * {@code staleBefore} (its node died). Commits at once.
     *
     * @return true when this node is to do the day's work; false when another node has done it or is doing it
     */
    public boolean claim(String job, LocalDate day, String node, long now, long staleBefore) {
        String runKey = job + ":" + day;
        try {
            return ao.executeInTransaction(() -> {
                JobRunEntity[] found = ao.find(JobRunEntity.class, Query.select()
                        .where(JobRunEntity.RUN_KEY + " = ?", runKey));
                if (found.length == 0) {
                    ao.create(JobRunEntity.class, new DBParam(JobRunEntity.JOB, job),
                            new DBParam(JobRunEntity.DAY, day.toString()), new DBParam(JobRunEntity.RUN_KEY, runKey),
                            new DBParam(JobRunEntity.NODE, node), new DBParam(JobRunEntity.STARTED, now),
                            new DBParam(JobRunEntity.OUTCOME, RUNNING), new DBParam(JobRunEntity.VERSION, 1));
                    return true;
                }
                JobRunEntity run = found[0];
                boolean retry = FAILED.equals(run.getOutcome())
                        || (RUNNING.equals(run.getOutcome()) && run.getStarted() < staleBefore);
                if (!retry) {
                    return false;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                values.put(JobRunEntity.NODE, node);
                values.put(JobRunEntity.STARTED, now);
                values.put(JobRunEntity.FINISHED, null);
                values.put(JobRunEntity.OUTCOME, RUNNING);
                try {
                    RowVersionUpdate.apply(ao, JobRunEntity.class, RECORD, run.getID(), run.getVersion(), values);
                    return true;
                } catch (StaleVersionException e) {
                    return false;
                }
            });
        } catch (RuntimeException e) {
            if (UniqueKey.isDuplicate(e) || UniqueKey.isLostRace(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Records how the day's work ended, if {@code node} still holds the day. */
    public void finish(String job, LocalDate day, String node, long now, String counts, String outcome) {
        ao.executeInTransaction(() -> {
            for (JobRunEntity run : ao.find(JobRunEntity.class, Query.select()
                    .where(JobRunEntity.RUN_KEY + " = ? AND " + JobRunEntity.NODE + " = ?", job + ":" + day, node))) {
                run.setFinished(now);
                run.setCounts(counts.length() > StoreLimits.NAME ? counts.substring(0, StoreLimits.NAME) : counts);
                run.setOutcome(outcome);
                run.save();
            }
            return null;
        });
    }

    /** The latest runs of every job, newest first. */
    public List<JobRun> recent(int limit) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(JobRunEntity.class, Query.select()
                .order(JobRunEntity.STARTED + " DESC, ID DESC").limit(limit)))
                .map(e -> new JobRun(e.getJob(), LocalDate.parse(e.getDay()), e.getNode(), e.getStarted(),
                        e.getFinished(), e.getCounts(), e.getOutcome())).toList());
    }

    /**
     * Records that the mail about {@code mailKey} goes to {@code recipient}, unless it was recorded before (by this
     * run, an earlier one or another node). Commits at once.
     *
     * @return true when the mail is to be sent now; false when it was sent before
     */
    public boolean markSent(String job, LocalDate day, String mailKey, String recipient, long now) {
        String sentKey = sentKey(mailKey, recipient);
        try {
            return ao.executeInTransaction(() -> {
                if (ao.count(SentMailEntity.class, Query.select().where(SentMailEntity.SENT_KEY + " = ?", sentKey))
                        > 0) {
                    return false;
                }
                ao.create(SentMailEntity.class, new DBParam(SentMailEntity.SENT_KEY, sentKey),
                        new DBParam(SentMailEntity.MAIL_KEY, mailKey.length() > StoreLimits.NAME
                                ? mailKey.substring(0, StoreLimits.NAME) : mailKey),
                        new DBParam(SentMailEntity.RECIPIENT, recipient), new DBParam(SentMailEntity.JOB, job),
                        new DBParam(SentMailEntity.DAY, day.toString()), new DBParam(SentMailEntity.SENT_AT, now));
                return true;
            });
        } catch (RuntimeException e) {
            if (UniqueKey.isDuplicate(e) || UniqueKey.isLostRace(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Takes back a mark whose mail could not be queued, so that a later run tries again. */
    public void unmarkSent(String mailKey, String recipient) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(SentMailEntity.class, SentMailEntity.SENT_KEY + " = ?", sentKey(mailKey, recipient));
            return null;
        });
    }

    /** How many mails the job has sent so far. */
    public int sentCount(String job) {
        return ao.executeInTransaction(() -> ao.count(SentMailEntity.class,
                Query.select().where(SentMailEntity.JOB + " = ?", job)));
    }

    public MailPreference preference(String userKey) {
        return preferences(List.of(userKey)).getOrDefault(userKey, MailPreference.DEFAULT);
    }

    /** The choices of those among {@code userKeys} who made any, in one query per 500 people. */
    public Map<String, MailPreference> preferences(java.util.Collection<String> userKeys) {
        Map<String, MailPreference> found = new HashMap<>();
        ao.executeInTransaction(() -> {
            for (List<String> part : InClause.parts(userKeys)) {
                for (MailPreferenceEntity e : ao.find(MailPreferenceEntity.class, Query.select()
                        .where(InClause.in(MailPreferenceEntity.USER_KEY, part), part.toArray()))) {
                    found.put(e.getUserKey(), new MailPreference(e.isRemindersOff(), e.isPlainText()));
                }
            }
            return null;
        });
        return found;
    }

    /** Stores a person's choices (the last write wins: only the person writes their own). */
    public MailPreference setPreference(String userKey, MailPreference preference, long now) {
        try {
            return ao.executeInTransaction(() -> {
                MailPreferenceEntity[] found = ao.find(MailPreferenceEntity.class, Query.select()
                        .where(MailPreferenceEntity.USER_KEY + " = ?", userKey));
                MailPreferenceEntity row = found.length > 0 ? found[0] : ao.create(MailPreferenceEntity.class,
                        new DBParam(MailPreferenceEntity.USER_KEY, userKey));
                row.setRemindersOff(preference.remindersOff());
                row.setPlainText(preference.plainText());
                row.setUpdatedAt(now);
                row.save();
                return preference;
            });
        } catch (RuntimeException e) {
            if (UniqueKey.isDuplicate(e)) {
                return setPreference(userKey, preference, now);
            }
            throw e;
        }
    }

    /** The unique key of a sent mail: SHA-256 of the mail's key and the recipient, in hex. */
    static String sentKey(String mailKey, String recipient) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((mailKey + '\n' + recipient).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
