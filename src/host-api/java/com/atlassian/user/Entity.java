// Stand-in for com.atlassian.user:atlassian-user.
// seen: UNCONFIRMED (reference notes only; no source read)
package com.atlassian.user;

import java.io.Serializable;

public interface Entity extends Serializable {

    String getName();
}
