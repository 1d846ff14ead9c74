// Stand-in for com.atlassian.sal:sal-api.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.sal.api;

import java.nio.file.Path;
import java.util.Optional;

public interface ApplicationProperties {

    String PLATFORM_CONFLUENCE = "conf";

    @Deprecated
    String getBaseUrl();

    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();

    String getPlatformId();

    String getVersion();

    String getBuildNumber();

    Optional<Path> getLocalHomeDirectory();

    Optional<Path> getSharedHomeDirectory();
}
