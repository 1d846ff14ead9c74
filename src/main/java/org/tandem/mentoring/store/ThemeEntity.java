package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A learning theme of one programme, or of the default taxonomy when PROGRAMME_ID is null. */
@Table("THEME")
public interface ThemeEntity extends Entity {

    String PROGRAMME_ID = "PROGRAMME_ID";
    String CATEGORY = "CATEGORY";
    String NAME = "NAME";
    String VERSION = "VERSION";

    @Indexed
    Integer getProgrammeId();

    void setProgrammeId(Integer programmeId);

    @NotNull
    @Indexed
    @StringLength(StoreLimits.KEY)
    String getCategory();

    void setCategory(String category);

    @NotNull
    @StringLength(StoreLimits.NAME)
    String getName();

    void setName(String name);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);
}
