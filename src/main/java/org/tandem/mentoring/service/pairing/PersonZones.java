package org.tandem.mentoring.service.pairing;

import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.orgchart.LocationZones;
import org.tandem.mentoring.domain.orgchart.OrgPerson;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.store.OrgChartRepository;

/**
 * The time zone a person's speed-mentoring times are written in, as matching weighs time zones: the zone of their
 * Confluence profile where they chose one, else the zone of their location in the org chart, else the site's
 * zone (the one Confluence shows them everywhere else).
 */
@Named
public class PersonZones {

    private final HostUsers users;
    private final OrgChartRepository orgChart;

    public PersonZones(HostUsers users, OrgChartRepository orgChart) {
        this.users = users;
        this.orgChart = orgChart;
    }

    /** One person's zone; the site's for nobody signed in. */
    public ZoneId of(String userKey) {
        return userKey == null ? site() : of(List.of(userKey)).get(userKey);
    }

    /** Each person's zone, the org chart read once for all of them. */
    public Map<String, ZoneId> of(Collection<String> userKeys) {
        Map<String, ZoneId> zones = new LinkedHashMap<>();
        Map<String, OrgPerson> chart = null;
        ZoneId site = null;
        for (String key : userKeys) {
            Optional<ZoneId> profile = users.timeZone(key);
            if (profile.isPresent()) {
                zones.put(key, profile.get());
                continue;
            }
            if (chart == null) {
                chart = Optional.ofNullable(orgChart.findByUserKeys(userKeys)).orElse(Map.of());
            }
            OrgPerson person = chart.get(key);
            Optional<ZoneId> located = person == null ? Optional.empty() : LocationZones.zoneOf(person.location());
            if (located.isEmpty() && site == null) {
                site = site();
            }
            zones.put(key, located.orElse(site));
        }
        return zones;
    }

    private ZoneId site() {
        ZoneId site = users.siteTimeZone();
        return site == null ? ZoneOffset.UTC : site;
    }
}
