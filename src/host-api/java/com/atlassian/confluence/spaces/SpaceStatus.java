// Stand-in for com.atlassian.confluence:confluence.
package com.atlassian.confluence.spaces;

public enum SpaceStatus {
    CURRENT,
    ARCHIVED
}
