// Stand-in for com.atlassian.crowd:embedded-crowd-api.
// seen: decompiled Confluence 8.7.2 only (embedded-crowd-api 5.1.6)
package com.atlassian.crowd.embedded.api;

import java.io.Serializable;

/** A user directory. The real interface also extends Attributes and has more members, none of them used. */
public interface Directory extends Serializable {

    Long getId();

    String getName();

    boolean isActive();
}
