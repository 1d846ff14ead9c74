// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.scheduler.config;

import java.util.Objects;
import java.util.TimeZone;

public final class CronScheduleInfo {

    private final String cronExpression;
    private final TimeZone timeZone;

    CronScheduleInfo(String cronExpression, TimeZone timeZone) {
        this.cronExpression = Objects.requireNonNull(cronExpression, "cronExpression");
        this.timeZone = timeZone;
    }

    public String getCronExpression() {
        return cronExpression;
    }

    public TimeZone getTimeZone() {
        return timeZone;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        CronScheduleInfo that = (CronScheduleInfo) other;
        return cronExpression.equals(that.cronExpression) && Objects.equals(timeZone, that.timeZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cronExpression, timeZone);
    }

    @Override
    public String toString() {
        return "CronScheduleInfo[cronExpression='" + cronExpression + "',timeZone="
                + (timeZone == null ? null : timeZone.getID()) + ']';
    }
}
