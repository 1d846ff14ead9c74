// Stand-in for com.atlassian.core:atlassian-core.
// seen: UNCONFIRMED (reference notes only; no source read)
package com.atlassian.core.bean;

import java.util.Date;

public class EntityObject implements Cloneable {

    private long id;
    private Date creationDate;
    private Date lastModificationDate;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Date getCreationDate() {
        return creationDate;
    }

    public void setCreationDate(Date creationDate) {
        this.creationDate = creationDate;
    }

    public Date getLastModificationDate() {
        return lastModificationDate != null ? lastModificationDate : creationDate;
    }

    public void setLastModificationDate(Date lastModificationDate) {
        this.lastModificationDate = lastModificationDate;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof EntityObject && ((EntityObject) other).getId() == id);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        return super.clone();
    }
}
