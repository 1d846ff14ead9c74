package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One day of one of Tandem's daily jobs: which node claimed it and when, when it finished, what it did (counts as
 * {@code name=n} pairs) and its outcome (RUNNING, DONE, FAILED). RUN_KEY (job and day) is unique, so one node
 * alone claims a day; a FAILED or long-stalled day is claimed again only through a conditional update on VERSION.
 */
@Table("JOB_RUN")
public interface JobRunEntity extends Entity {

    String JOB = "JOB";
    String DAY = "DAY";
    String RUN_KEY = "RUN_KEY";
    String NODE = "NODE";
    String STARTED = "STARTED";
    String FINISHED = "FINISHED";
    String COUNTS = "COUNTS";
    String OUTCOME = "OUTCOME";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    @StringLength(StoreLimits.CODE * 2)
    String getJob();

    void setJob(String job);

    @NotNull
    @StringLength(StoreLimits.DATE)
    String getDay();

    void setDay(String day);

    /** Job and day, unique: one run of a job per day. */
    @Unique
    @StringLength(StoreLimits.CODE * 2 + StoreLimits.DATE + 1)
    String getRunKey();

    void setRunKey(String runKey);

    @StringLength(StoreLimits.KEY)
    String getNode();

    void setNode(String node);

    @NotNull
    @Default("0")
    long getStarted();

    void setStarted(long started);

    Long getFinished();

    void setFinished(Long finished);

    @StringLength(StoreLimits.NAME)
    String getCounts();

    void setCounts(String counts);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getOutcome();

    void setOutcome(String outcome);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);
}
