package org.tandem.mentoring.service.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.matching.MatchingSettings;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;

/** Time zones reach a run: the profile's where the person chose one, else the org chart location's. */
public class PairingRunsTimeZoneTest extends PairingServicesFixture {

    private static final String KIM = "kim";     // mentee, Copenhagen in her profile, "Remote" in the org chart
    private static final String AMY = "amy";     // mentor in New York (org chart)
    private static final String BEN = "ben";     // mentor in Berlin (org chart)
    private static final String SUN = "sun";     // mentor in Singapore (org chart)

    @Before
    public void setUpZones() {
        approved.clear();
        located(KIM, "People", "Remote");
        located(AMY, "Finance", "New York");
        located(BEN, "Finance", "berlin");
        located(SUN, "Finance", "Asia/Singapore");
        when(users.timeZone(anyString())).thenReturn(Optional.empty());
        when(users.timeZone(KIM)).thenReturn(Optional.of(ZoneId.of("Europe/Copenhagen")));
        mentee(KIM, 1);
        Map<Criterion, Integer> weights = new EnumMap<>(MatchingSettings.defaults(7).weights());
        weights.put(Criterion.TIME_ZONE, MatchingSettings.MAX_WEIGHT);
        MatchingSettings defaults = MatchingSettings.defaults(7);
        settings.save(new MatchingSettings(7, defaults.objective(), weights, defaults.excludeSameManagerPeers(), 0),
                CAROL, null);
        signIn(CAROL);
    }

    @Test
    public void run_shouldPreferTheMentorInTheMenteesTimeZone() {
        mentor(AMY, 1, 1);
        mentor(BEN, 1, 1);

        RunResult result = runs.run(7);

        PairingView kim = byMentee(result.staged(), KIM);
        assertEquals(BEN, kim.mentorKey());
        assertEquals(MatchingSettings.MAX_WEIGHT, kim.breakdown().get(Criterion.TIME_ZONE).intValue());
        assertTrue(keys(kim.explanation()).contains("tandem.matching.reason.sameTimeZone"));
        verify(users, atMost(1)).timeZone(KIM);
        verify(users, atMost(1)).timeZone(AMY);
    }

    @Test
    public void run_shouldTellHowManyHoursApartOnTheProgrammesStartDate() {
        mentor(SUN, 1, 1);
        assertEquals(List.of(7), hoursApart(byMentee(runs.run(7).staged(), KIM)));

        programme = programme(ProgrammePhase.MATCHING, ProgrammeType.ONE_TO_ONE, false)
                .withSchedule(LocalDate.of(2027, 7, 1), 12, Cadence.MONTHLY);

        // Copenhagen is UTC+1 now (November) and UTC+2 in July; Singapore is UTC+8 all year
        assertEquals(List.of(6), hoursApart(byMentee(runs.run(7).staged(), KIM)));
    }

    private static List<?> hoursApart(PairingView view) {
        return view.explanation().parts().stream().filter(p -> p.key().equals("tandem.matching.reason.timeZoneApart"))
                .findFirst().orElseThrow().args();
    }

    private void located(String key, String department, String location) {
        chart.put(key, new OrgPerson(key, CEO, department, 5, location, null, null, null));
    }

    private static List<String> keys(Explanation explanation) {
        return explanation.parts().stream().map(Explanation.Part::key).toList();
    }
}
