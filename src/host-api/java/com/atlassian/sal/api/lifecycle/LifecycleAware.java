// Stand-in for com.atlassian.sal:sal-api.
package com.atlassian.sal.api.lifecycle;

public interface LifecycleAware {

    void onStart();

    void onStop();
}
