package org.tandem.mentoring.domain.orgchart;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The time zone an org chart location names: a zone id ("Europe/Berlin") or a city that is the last part of one
 * ("Berlin", "new york" for America/New_York), without regard to case, spaces standing for underscores. A location
 * such as "Berlin, Germany" is read by its first part. Anything else names no zone.
 */
public final class LocationZones {

    private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Asia", "Atlantic",
            "Australia", "Europe", "Indian", "Pacific");
    private static final Map<String, ZoneId> BY_NAME = index();

    private LocationZones() {
    }

    /** The zone the location names, or empty. */
    public static Optional<ZoneId> zoneOf(String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        ZoneId zone = BY_NAME.get(key(location));
        if (zone == null && location.contains(",")) {
            zone = BY_NAME.get(key(location.substring(0, location.indexOf(','))));
        }
        return Optional.ofNullable(zone);
    }

    private static String key(String name) {
        return name.strip().replace('_', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Every zone id of a region ("Europe/Berlin") by itself; each city (the last part of such an id, in a
     * geographic region) by its id, where two ids end in the same city the shorter (then the first in order); and
     * last the old ids of one part ("Singapore", "UTC"), so a city names its region's zone. The answer never
     * depends on the JDK's iteration order.
     */
    private static Map<String, ZoneId> index() {
        Map<String, ZoneId> byName = new HashMap<>();
        Map<String, String> cities = new HashMap<>();
        Set<String> ids = new TreeSet<>(ZoneId.getAvailableZoneIds());
        for (String id : ids) {
            int slash = id.lastIndexOf('/');
            if (slash < 0) {
                continue;
            }
            byName.put(key(id), ZoneId.of(id));
            if (REGIONS.contains(id.substring(0, id.indexOf('/')))) {
                String city = key(id.substring(slash + 1));
                String before = cities.get(city);
                if (before == null || id.length() < before.length()) {
                    cities.put(city, id);
                }
            }
        }
        cities.forEach((city, id) -> byName.putIfAbsent(city, ZoneId.of(id)));
        for (String id : ids) {
            byName.putIfAbsent(key(id), ZoneId.of(id));
        }
        return Map.copyOf(byName);
    }
}
