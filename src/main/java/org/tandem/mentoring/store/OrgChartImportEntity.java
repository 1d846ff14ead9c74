package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One org chart import that was written: who, when, in which mode, and what it changed. */
@Table("ORG_IMPORT")
public interface OrgChartImportEntity extends Entity {

    String USER_KEY = "USER_KEY";
    String IMPORTED_AT = "IMPORTED_AT";
    String MODE = "MODE";
    String INSERTED = "INSERTED";
    String UPDATED = "UPDATED";
    String UNCHANGED = "UNCHANGED";
    String DELETED = "DELETED";

    @NotNull
    @StringLength(StoreLimits.KEY)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    long getImportedAt();

    void setImportedAt(long importedAt);

    @NotNull
    @StringLength(20)
    String getMode();

    void setMode(String mode);

    int getInserted();

    void setInserted(int inserted);

    int getUpdated();

    void setUpdated(int updated);

    int getUnchanged();

    void setUnchanged(int unchanged);

    int getDeleted();

    void setDeleted(int deleted);
}
