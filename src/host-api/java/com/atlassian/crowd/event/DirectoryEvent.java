// Stand-in for com.atlassian.crowd:crowd-events.
// seen: decompiled Confluence 8.7.2 only (crowd-events 5.1.6)
package com.atlassian.crowd.event;

import com.atlassian.crowd.embedded.api.Directory;

/** The real class keeps an immutable copy of the directory; the stand-in keeps the directory it is given. */
@SuppressWarnings("deprecation")
public abstract class DirectoryEvent extends Event {

    private final Directory directory;

    public DirectoryEvent(Object source, Directory directory) {
        super(source);
        this.directory = directory;
    }

    public Directory getDirectory() {
        return directory;
    }

    public Long getDirectoryId() {
        return directory.getId();
    }
}
