// Stand-in for com.atlassian.confluence:confluence.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.confluence.spaces;

public enum SpaceStatus {
    CURRENT,
    ARCHIVED
}
