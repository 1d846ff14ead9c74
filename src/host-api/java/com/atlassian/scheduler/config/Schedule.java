// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;

public final class Schedule {

    private final Type type;
    private final IntervalScheduleInfo intervalScheduleInfo;
    private final CronScheduleInfo cronScheduleInfo;

    private Schedule(Type type, IntervalScheduleInfo intervalScheduleInfo, CronScheduleInfo cronScheduleInfo) {
        this.type = Objects.requireNonNull(type, "type");
        this.intervalScheduleInfo = intervalScheduleInfo;
        this.cronScheduleInfo = cronScheduleInfo;
    }

    public static Schedule forCronExpression(String cronExpression) {
        return forCronExpression(cronExpression, null);
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        return new Schedule(Type.CRON_EXPRESSION, null, new CronScheduleInfo(cronExpression, timeZone));
    }

    public static Schedule runOnce(Date runTime) {
        return forInterval(0L, runTime);
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(Type.INTERVAL, new IntervalScheduleInfo(firstRunTime, intervalInMillis), null);
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }

    public CronScheduleInfo getCronScheduleInfo() {
        return cronScheduleInfo;
    }

    public Type getType() {
        return type;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        Schedule that = (Schedule) other;
        return type == that.type && Objects.equals(intervalScheduleInfo, that.intervalScheduleInfo)
                && Objects.equals(cronScheduleInfo, that.cronScheduleInfo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, intervalScheduleInfo, cronScheduleInfo);
    }

    @Override
    public String toString() {
        return "Schedule[type=" + type + ","
                + (type == Type.CRON_EXPRESSION ? "cronScheduleInfo=" + cronScheduleInfo
                        : "intervalScheduleInfo=" + intervalScheduleInfo) + ']';
    }

    public enum Type {
        CRON_EXPRESSION,
        INTERVAL
    }
}
