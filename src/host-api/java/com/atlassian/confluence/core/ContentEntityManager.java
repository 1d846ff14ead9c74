// Stand-in for com.atlassian.confluence:confluence.
package com.atlassian.confluence.core;

public interface ContentEntityManager {

    void refreshContentEntity(ContentEntityObject entity);

    void saveContentEntity(ContentEntityObject entity, SaveContext saveContext);

    void saveContentEntity(ContentEntityObject entity, ContentEntityObject originalVersion, SaveContext saveContext);

    void removeContentEntity(ContentEntityObject entity);

    @Deprecated
    ContentEntityObject getById(long id);
}
