// Stand-in for com.atlassian.confluence:confluence-java-api (Confluence 6.10 and later).
// seen: Confluence javadoc RemoteAccessModeService/AccessModeManager (getAccessMode returns AccessMode; "READ_ONLY"), a public app's test double answering AccessMode.READ_WRITE
package com.atlassian.confluence.api.model.accessmode;

public enum AccessMode {
    READ_WRITE,
    READ_ONLY
}
