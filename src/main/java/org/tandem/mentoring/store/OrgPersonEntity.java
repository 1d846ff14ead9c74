package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One person of the organisation chart. Rows are imported in bulk (replace or upsert by user key), so they carry
 * no version column.
 */
@Table("ORG_PERSON")
public interface OrgPersonEntity extends Entity {

    String USER_KEY = "USER_KEY";
    String MANAGER_KEY = "MANAGER_KEY";
    String DEPARTMENT = "DEPARTMENT";
    String ORG_LEVEL = "ORG_LEVEL";
    String LOCATION = "LOCATION";
    String LANGUAGE = "LANGUAGE";
    String DISPLAY_NAME = "DISPLAY_NAME";
    String TITLE = "TITLE";

    @NotNull
    @Indexed
    @StringLength(StoreLimits.KEY)
    String getUserKey();

    void setUserKey(String userKey);

    @Indexed
    @StringLength(StoreLimits.KEY)
    String getManagerKey();

    void setManagerKey(String managerKey);

    @StringLength(StoreLimits.NAME)
    String getDepartment();

    void setDepartment(String department);

    @NotNull
    @Default("0")
    int getOrgLevel();

    void setOrgLevel(int orgLevel);

    @StringLength(StoreLimits.NAME)
    String getLocation();

    void setLocation(String location);

    @StringLength(StoreLimits.KEY)
    String getLanguage();

    void setLanguage(String language);

    @StringLength(StoreLimits.NAME)
    String getDisplayName();

    void setDisplayName(String displayName);

    @StringLength(StoreLimits.NAME)
    String getTitle();

    void setTitle(String title);
}
