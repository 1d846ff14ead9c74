package org.tandem.mentoring.web.jobs;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import jakarta.inject.Named;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.service.access.Writes;
import org.tandem.mentoring.service.people.Departures;

/**
 * The daily reconciliation of departures, declared in atlassian-plugin.xml as a job run once per cluster: whatever
 * still waits for a manager who is gone or deactivated goes on without them. Running it twice does the work once.
 */
@Named("departuresJob")
public class DeparturesJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DeparturesJob.class);

    private final Departures departures;
    private final Writes writes;

    public DeparturesJob(Departures departures, Writes writes) {
        this.departures = departures;
        this.writes = writes;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        Optional<JobRunnerResponse> skipped = SkippedRuns.whileBlocked(writes, "departures");
        if (skipped.isPresent()) {
            return skipped.get();
        }
        Departures.Reconciled done = departures.reconcile();
        String summary = "applications moved to the coordinators: " + done.applications()
                + ", manager acknowledgements skipped: " + done.acknowledgements();
        LOG.info("Tandem departures reconciled; {}", summary);
        return JobRunnerResponse.success(summary);
    }
}
