// Stand-in for com.atlassian.sal:sal-api.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.sal.api.user;

import java.net.URI;

public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri(int width, int height);

    URI getProfilePictureUri();

    URI getProfilePageUri();
}
