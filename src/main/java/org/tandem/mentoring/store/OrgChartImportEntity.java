package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One org chart import: who (or the nightly file), when, in which mode, what it changed, and for the nightly
 * file also a run that wrote nothing, with its report.
 */
@Table("ORG_IMPORT")
public interface OrgChartImportEntity extends Entity {

    String USER_KEY = "USER_KEY";
    String IMPORTED_AT = "IMPORTED_AT";
    String MODE = "MODE";
    String INSERTED = "INSERTED";
    String UPDATED = "UPDATED";
    String UNCHANGED = "UNCHANGED";
    String DELETED = "DELETED";
    String SOURCE = "SOURCE";
    String OUTCOME = "OUTCOME";
    String REPORT = "REPORT";

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

    /** Where the file came from: null for an upload on the administration page (rows before it), NIGHTLY. */
    @StringLength(20)
    String getSource();

    void setSource(String source);

    /** What happened: null for written (rows before it), REJECTED, HELD (too many removals), FAILED. */
    @StringLength(20)
    String getOutcome();

    void setOutcome(String outcome);

    /** The report kept for the administrators, as text: one problem a line, cut at a limit. */
    @StringLength(StringLength.UNLIMITED)
    String getReport();

    void setReport(String report);
}
