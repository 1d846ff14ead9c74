package org.tandem.mentoring.domain.orgchart;

import static org.junit.Assert.assertEquals;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.Test;

public class LocationZonesTest {

    private static Optional<ZoneId> zone(String id) {
        return Optional.of(ZoneId.of(id));
    }

    @Test
    public void zoneOf_shouldReadAZoneIdWithoutRegardToCase() {
        assertEquals(zone("Europe/Berlin"), LocationZones.zoneOf("Europe/Berlin"));
        assertEquals(zone("America/New_York"), LocationZones.zoneOf(" america/new_york "));
    }

    @Test
    public void zoneOf_shouldReadACityAsTheLastPartOfAZoneId() {
        assertEquals(zone("Europe/Berlin"), LocationZones.zoneOf("Berlin"));
        assertEquals(zone("Europe/Copenhagen"), LocationZones.zoneOf("copenhagen"));
        assertEquals(zone("America/New_York"), LocationZones.zoneOf("New York"));
        assertEquals(zone("America/New_York"), LocationZones.zoneOf("NEW_YORK"));
        assertEquals(zone("Asia/Singapore"), LocationZones.zoneOf("Singapore"));
    }

    @Test
    public void zoneOf_shouldReadTheCityBeforeACountry() {
        assertEquals(zone("Europe/Lisbon"), LocationZones.zoneOf("Lisbon, Portugal"));
    }

    @Test
    public void zoneOf_shouldBeEmptyForWhatNamesNoZone() {
        assertEquals(Optional.empty(), LocationZones.zoneOf(null));
        assertEquals(Optional.empty(), LocationZones.zoneOf("  "));
        assertEquals(Optional.empty(), LocationZones.zoneOf("Austin"));
        assertEquals(Optional.empty(), LocationZones.zoneOf("Remote"));
        assertEquals(Optional.empty(), LocationZones.zoneOf("Europe"));
        assertEquals(Optional.empty(), LocationZones.zoneOf("Berl"));
    }
}
