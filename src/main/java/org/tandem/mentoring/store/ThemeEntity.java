package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A learning theme of one programme, or of the default taxonomy when PROGRAMME_ID is null. */
@Table("THEME")
public interface ThemeEntity extends Entity {

    String PROGRAMME_ID = "PROGRAMME_ID";
    String CATEGORY = "CATEGORY";
    String NAME = "NAME";
    String PROGRAMME_NAME = "PROGRAMME_NAME";
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

    /**
     * Programme id and the theme's category and name as compared (see {@link UniqueKey#theme}), unique: a programme
     * offers a theme once. A theme of the default taxonomy holds a value of its own.
     */
    @Unique
    @StringLength(UniqueKey.LENGTH)
    String getProgrammeName();

    void setProgrammeName(String programmeName);
}
