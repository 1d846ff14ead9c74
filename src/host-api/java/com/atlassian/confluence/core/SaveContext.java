// Stand-in for com.atlassian.confluence:confluence.
// seen: UNCONFIRMED (reference notes only; no source read)
package com.atlassian.confluence.core;

import java.io.Serializable;

/**
 * The real interface extends OperationContext&lt;PageUpdateTrigger&gt;; the two members of it a plugin
 * reads are declared here directly, the update trigger is left out.
 */
public interface SaveContext extends Serializable {

    boolean doUpdateLastModifier();

    boolean isSuppressAutowatch();

    boolean isSuppressNotifications();

    boolean isEventSuppressed();
}
