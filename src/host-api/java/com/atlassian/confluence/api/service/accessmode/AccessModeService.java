// Stand-in for com.atlassian.confluence:confluence-java-api (Confluence 6.10 and later).
// seen: Confluence javadoc (RemoteAccessModeService mirrors it), a decompiled Atlassian app calling isReadOnlyAccessModeEnabled(), a public app's test double of the whole interface
package com.atlassian.confluence.api.service.accessmode;

import com.atlassian.confluence.api.model.accessmode.AccessMode;

/** Only the members Tandem reads; the real interface also updates the mode and runs work exempt from it. */
public interface AccessModeService {

    AccessMode getAccessMode();

    boolean isReadOnlyAccessModeEnabled();
}
