package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A running pairing's page and the cadence its pair chose. One row per pairing. */
@Table("PAIRING_HOME")
public interface PairingHomeEntity extends Entity {

    String PAIRING_ID = "PAIRING_ID";
    String PAGE_ID = "PAGE_ID";
    String CADENCE = "CADENCE";
    String VERSION = "VERSION";

    @NotNull
    @Unique
    int getPairingId();

    void setPairingId(int pairingId);

    /** The pairing page's content id, null until the page exists. */
    @Indexed
    Long getPageId();

    void setPageId(Long pageId);

    /** The pair's cadence, or null for the programme's. */
    @StringLength(StoreLimits.CODE)
    String getCadence();

    void setCadence(String cadence);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);
}
