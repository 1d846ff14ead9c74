// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2; Tandem calls none of its members
package com.atlassian.confluence.util.i18n;

public interface DocumentationBean {
}
