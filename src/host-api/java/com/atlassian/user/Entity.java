// Stand-in for com.atlassian.user:atlassian-user.
package com.atlassian.user;

import java.io.Serializable;

public interface Entity extends Serializable {

    String getName();
}
