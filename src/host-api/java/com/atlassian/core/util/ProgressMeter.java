// Stand-in for com.atlassian.core:atlassian-core.
// seen: decompiled Confluence SpaceRemoveEvent imports com.atlassian.core.util.ProgressMeter
package com.atlassian.core.util;

// Only what a listener might read; the real class also tracks a total and a status message.
public class ProgressMeter {

    private int percentageComplete;

    public int getPercentageComplete() {
        return percentageComplete;
    }

    public void setPercentageComplete(int percentageComplete) {
        this.percentageComplete = percentageComplete;
    }
}
