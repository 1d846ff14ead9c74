package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A mail Tandem's scheduled work sent: about what (the key of what waits, or of a nudge or digest), to whom, by which
 * job on which day. SENT_KEY (a hash of the key and the recipient) is unique, so no run and no node sends it twice.
 */
@Table("SENT_MAIL")
public interface SentMailEntity extends Entity {

    String SENT_KEY = "SENT_KEY";
    String MAIL_KEY = "MAIL_KEY";
    String RECIPIENT = "RECIPIENT";
    String JOB = "JOB";
    String DAY = "DAY";
    String SENT_AT = "SENT_AT";

    @Unique
    @StringLength(64)
    String getSentKey();

    void setSentKey(String sentKey);

    @NotNull
    @StringLength(StoreLimits.NAME)
    String getMailKey();

    void setMailKey(String mailKey);

    @NotNull
    @Indexed
    @StringLength(StoreLimits.KEY)
    String getRecipient();

    void setRecipient(String recipient);

    @NotNull
    @Indexed
    @StringLength(StoreLimits.CODE * 2)
    String getJob();

    void setJob(String job);

    @NotNull
    @StringLength(StoreLimits.DATE)
    String getDay();

    void setDay(String day);

    @NotNull
    @Default("0")
    long getSentAt();

    void setSentAt(long sentAt);
}
