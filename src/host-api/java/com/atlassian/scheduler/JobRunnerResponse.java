// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;
import java.util.Objects;

public final class JobRunnerResponse {

    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return success(null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(RunOutcome.ABORTED, requireMessage(message));
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, requireMessage(message));
    }

    /** The real class builds a short message from the cause chain (class names and messages, at most 255 chars). */
    public static JobRunnerResponse failed(Throwable cause) {
        Objects.requireNonNull(cause, "cause");
        String text = cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new JobRunnerResponse(RunOutcome.FAILED, text.length() > 255 ? text.substring(0, 255) : text);
    }

    private static String requireMessage(String message) {
        if (message == null || message.trim().isEmpty()) {
            throw new IllegalArgumentException("The message must be specified");
        }
        return message;
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        JobRunnerResponse that = (JobRunnerResponse) other;
        return runOutcome == that.runOutcome && Objects.equals(message, that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runOutcome, message);
    }

    @Override
    public String toString() {
        return "JobRunnerResponse[runOutcome=" + runOutcome + ",message='" + message + "']";
    }
}
