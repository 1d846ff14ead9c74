package org.tandem.mentoring.service.nudges;

import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.service.waiting.Cadences;
import org.tandem.mentoring.store.DashboardRepository;

/**
 * The active pairs that have gone quiet by the end of a day, from the dashboards' figures (one read for every
 * programme): dormant after more than twice their cadence without a session, the coordinators' concern after a
 * further cadence.
 */
@Named
public class QuietPairs {

    /** A dormant pair: since when it is quiet, and whether it is the coordinators' concern by now. */
    public record Quiet(int programmeId, int pairingId, String menteeKey, String mentorKey, long quietSince,
            boolean forCoordinators) {
        public LocalDate since() {
            return LocalDate.ofInstant(Instant.ofEpochMilli(quietSince), ZoneOffset.UTC);
        }
    }

    private final DashboardRepository figures;

    public QuietPairs(DashboardRepository figures) {
        this.figures = figures;
    }

    public List<Quiet> at(LocalDate day, Map<Integer, Programme> programmes) {
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
        List<Quiet> quiet = new ArrayList<>();
        for (DashboardRepository.Rhythm r : figures.programmeFigures(null, end.toEpochMilli()).rhythms()) {
            Programme programme = programmes.get(r.programmeId());
            Long since = r.lastSessionAt() != null ? r.lastSessionAt() : r.activeSince();
            if (programme == null || since == null) {
                continue;
            }
            Cadence cadence = Cadences.of(r.cadence(), programme);
            long days = Duration.between(Instant.ofEpochMilli(since), end).toDays();
            if (days > 2L * cadence.days()) {
                quiet.add(new Quiet(r.programmeId(), r.pairingId(), r.menteeKey(), r.mentorKey(), since,
                        days > 3L * cadence.days()));
            }
        }
        return quiet;
    }
}
