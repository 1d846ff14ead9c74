// Stand-in for com.atlassian.sal:sal-api.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.sal.api;

public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
