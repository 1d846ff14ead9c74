// Stand-in for com.atlassian.user:atlassian-user.
// seen: public Confluence plugin code iterating UserAccessor.getUsers() as Pager<User> (package eps.focuspro.export, UserExporter) and a decompiled Confluence migration plugin streaming userAccessor.getUsers().spliterator()
package com.atlassian.user.search.page;

// Only what Tandem uses: the real interface also pages (getCurrentPage, nextPage, onLastPage, skipTo...).
public interface Pager<T> extends Iterable<T> {
}
