package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A meeting of a pair and its session page. Holds no confidential text: notes are in {@link SessionNoteEntity}. */
@Table("SESSION")
public interface SessionEntity extends Entity {

    String PAIRING_ID = "PAIRING_ID";
    String PAGE_ID = "PAGE_ID";
    String STARTS_AT = "STARTS_AT";
    String TIME_ZONE = "TIME_ZONE";
    String MINUTES = "MINUTES";
    String FORMAT = "FORMAT";
    String THEME_IDS = "THEME_IDS";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    int getPairingId();

    void setPairingId(int pairingId);

    /** The session page's content id, null until the page exists. */
    @Indexed
    Long getPageId();

    void setPageId(Long pageId);

    /** Milliseconds since the epoch. */
    @NotNull
    long getStartsAt();

    void setStartsAt(long startsAt);

    /** The time zone the session was planned in (an IANA id). */
    @NotNull
    @StringLength(StoreLimits.CODE * 2)
    String getTimeZone();

    void setTimeZone(String timeZone);

    @NotNull
    int getMinutes();

    void setMinutes(int minutes);

    @NotNull
    @StringLength(StoreLimits.CODE)
    String getFormat();

    void setFormat(String format);

    /** The learning themes discussed, theme ids separated by commas. */
    @StringLength(StoreLimits.NAME)
    String getThemeIds();

    void setThemeIds(String themeIds);

    @NotNull
    @StringLength(StoreLimits.KEY)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    /** Milliseconds since the epoch. */
    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);
}
