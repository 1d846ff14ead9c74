package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A person's choices about Tandem's mail: reminders off, plain text instead of HTML. No row: the defaults. */
@Table("MAIL_PREFERENCE")
public interface MailPreferenceEntity extends Entity {

    String USER_KEY = "USER_KEY";
    String REMINDERS_OFF = "REMINDERS_OFF";
    String PLAIN_TEXT = "PLAIN_TEXT";
    String UPDATED_AT = "UPDATED_AT";

    @Unique
    @StringLength(StoreLimits.KEY)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Default("false")
    boolean isRemindersOff();

    void setRemindersOff(boolean remindersOff);

    @NotNull
    @Default("false")
    boolean isPlainText();

    void setPlainText(boolean plainText);

    @NotNull
    @Default("0")
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
