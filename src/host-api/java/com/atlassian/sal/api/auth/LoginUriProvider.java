// Stand-in for com.atlassian.sal:sal-api.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.sal.api.auth;

import com.atlassian.sal.api.user.UserRole;
import java.net.URI;

// The overloads taking EnumSet<PageCapability> are left out.
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);

    URI getLoginUriForRole(URI returnUri, UserRole role);
}
