package org.tandem.mentoring.web.macro.pairing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

import com.atlassian.sal.api.message.I18nResolver;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.SpeedEvent;
import org.tandem.mentoring.service.pairing.SpeedPage;
import org.tandem.mentoring.service.pairing.SpeedPlan;
import org.tandem.mentoring.service.pairing.SpeedSchedulePerson;

/** What the speed-mentoring page shows of times and of the way on to the rankings. */
public class SpeedEventsViewTest {

    private static final Instant START = Instant.parse("2027-01-14T15:00:00Z");
    private static final SpeedPlan.Person OLGA = new SpeedPlan.Person("olga", "Olga", true, "Finance");

    private static SpeedEventsView view(ZoneId zone, String rankingsLink, Set<Integer> rankingOpen) {
        SpeedEvent over = new SpeedEvent(1, 7, START, "Hall", 8, 2, 2, List.of(), true, 1);
        SpeedEvent coming = new SpeedEvent(2, 7, START.plusSeconds(86_400), "Hall", 8, 2, 2, List.of(), true, 1);
        List<SpeedSchedulePerson.Slot> slots = List.of(new SpeedSchedulePerson.Slot(1, 1, List.of(OLGA)),
                new SpeedSchedulePerson.Slot(2, 0, List.of()));
        SpeedPage page = new SpeedPage(7, "Leaders", false, true, List.of(), List.of(),
                List.of(new SpeedSchedulePerson(over, slots), new SpeedSchedulePerson(coming, slots)), zone,
                rankingsLink, rankingOpen);
        return new SpeedEventsView(page, mock(I18nResolver.class), Locale.ENGLISH, "/wiki/sheet?event=", "/wiki");
    }

    @Test
    public void schedule_shouldWriteTheTimesInTheReadersZone() {
        SpeedEventsView.Schedule mine = view(ZoneId.of("America/New_York"), null, Set.of()).getMine().get(0);

        assertTrue(mine.getWhen(), mine.getWhen().startsWith("Jan 14, 2027, 10:00"));
        assertTrue(mine.getWhen(), mine.getWhen().endsWith("(Eastern Standard Time)"));
        assertTrue(mine.getSlots().get(1).getTime(), mine.getSlots().get(1).getTime().startsWith("10:08"));
        assertEquals("the machine-readable time stays the instant", "2027-01-14T15:08:00Z",
                mine.getSlots().get(1).getStartsAt());
        SpeedEventsView.Schedule inSingapore = view(ZoneId.of("Asia/Singapore"), null, Set.of()).getMine().get(0);
        assertTrue(inSingapore.getWhen(), inSingapore.getWhen().startsWith("Jan 14, 2027, 11:00"));
    }

    @Test
    public void schedule_shouldLinkOnlyTheEventsThatAreOverToTheRankingsPageWhereThereIsOne() {
        List<SpeedEventsView.Schedule> mine = view(ZoneId.of("UTC"), "/pages/viewpage.action?pageId=55", Set.of(1))
                .getMine();

        assertEquals("/wiki/pages/viewpage.action?pageId=55", mine.get(0).getRankingsUrl());
        assertNull("not over yet", mine.get(1).getRankingsUrl());
        assertNull("no rankings page", view(ZoneId.of("UTC"), null, Set.of(1)).getMine().get(0).getRankingsUrl());
    }
}
