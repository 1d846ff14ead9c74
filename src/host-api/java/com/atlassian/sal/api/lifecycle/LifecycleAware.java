// Stand-in for com.atlassian.sal:sal-api.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.sal.api.lifecycle;

public interface LifecycleAware {

    void onStart();

    void onStop();
}
