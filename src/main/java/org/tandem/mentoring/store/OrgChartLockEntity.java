package org.tandem.mentoring.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The one org chart import running in the cluster: who holds it and since when (epoch milliseconds), or no holder.
 * HOLDER changes only through a conditional update on VERSION, so two nodes never both claim it.
 */
@Table("ORG_IMPORT_LOCK")
public interface OrgChartLockEntity extends Entity {

    String HOLDER = "HOLDER";
    String SINCE = "SINCE";
    String VERSION = "VERSION";

    @StringLength(StoreLimits.KEY)
    String getHolder();

    void setHolder(String holder);

    @NotNull
    @Default("0")
    long getSince();

    void setSince(long since);

    @NotNull
    @Default("1")
    int getVersion();

    void setVersion(int version);
}
