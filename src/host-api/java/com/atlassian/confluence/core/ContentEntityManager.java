// Stand-in for com.atlassian.confluence:confluence.
// seen: onlyoffice-confluence 7.x (Confluence 10.0.3)
package com.atlassian.confluence.core;

public interface ContentEntityManager {

    void refreshContentEntity(ContentEntityObject entity);

    void saveContentEntity(ContentEntityObject entity, SaveContext saveContext);

    void saveContentEntity(ContentEntityObject entity, ContentEntityObject originalVersion, SaveContext saveContext);

    void removeContentEntity(ContentEntityObject entity);

    @Deprecated
    ContentEntityObject getById(long id);
}
