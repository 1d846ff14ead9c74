package org.tandem.mentoring.web.jobs;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import jakarta.inject.Named;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.service.access.Writes;
import org.tandem.mentoring.service.orgchart.OrgChartNightly;

/**
 * The nightly org chart file, declared in atlassian-plugin.xml as a job run once per cluster. Running it twice
 * imports the same file twice: the second run changes nothing.
 */
@Named("orgChartNightlyJob")
public class OrgChartNightlyJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(OrgChartNightlyJob.class);

    private final OrgChartNightly nightly;
    private final Writes writes;

    public OrgChartNightlyJob(OrgChartNightly nightly, Writes writes) {
        this.nightly = nightly;
        this.writes = writes;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        Optional<JobRunnerResponse> skipped = SkippedRuns.whileBlocked(writes, "nightly org chart");
        if (skipped.isPresent()) {
            return skipped.get();
        }
        String summary = nightly.run();
        LOG.info("Tandem nightly org chart: {}", summary);
        return JobRunnerResponse.success(summary);
    }
}
