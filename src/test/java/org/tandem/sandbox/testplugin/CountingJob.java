package org.tandem.sandbox.testplugin;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import jakarta.inject.Named;

import java.util.concurrent.atomic.AtomicInteger;

/** A job of the test plugin: counts its runs. */
@Named("countingJob")
public class CountingJob implements JobRunner {

    private final AtomicInteger runs = new AtomicInteger();

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return JobRunnerResponse.success("run " + runs.incrementAndGet());
    }

    public int runs() {
        return runs.get();
    }
}
