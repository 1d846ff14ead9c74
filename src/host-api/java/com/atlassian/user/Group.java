// Stand-in for com.atlassian.user:atlassian-user.
// seen: UNCONFIRMED (reference notes only; no source read): UserAccessor#getGroup(String) answers it
package com.atlassian.user;

public interface Group extends Entity {
}
