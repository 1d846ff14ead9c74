// Stand-in for com.atlassian.sal:sal-api.
package com.atlassian.sal.api;

import java.nio.file.Path;
import java.util.Optional;

// The deprecated getBaseUrl(), getHomeDirectory() and getPropertyValue(String) are left out.
public interface ApplicationProperties {

    String PLATFORM_CONFLUENCE = "conf";

    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();

    String getPlatformId();

    String getVersion();

    String getBuildNumber();

    Optional<Path> getLocalHomeDirectory();

    Optional<Path> getSharedHomeDirectory();
}
