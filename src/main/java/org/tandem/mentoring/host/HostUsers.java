package org.tandem.mentoring.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.inject.Named;
import com.atlassian.user.User;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

/** People as the host knows them, by user key. */
@Named
public class HostUsers {

    private final UserManager userManager;
    private final UserAccessor userAccessor;
    private final TimeZoneManager timeZones;

    public HostUsers(UserManager userManager, UserAccessor userAccessor, TimeZoneManager timeZones) {
        this.userManager = userManager;
        this.userAccessor = userAccessor;
        this.timeZones = timeZones;
    }

    /** The signed-in person's user key, empty for an anonymous visitor. */
    public Optional<String> currentUserKey() {
        UserKey key = userManager.getRemoteUserKey();
        return key == null ? Optional.empty() : Optional.of(key.getStringValue());
    }

    public boolean exists(String userKey) {
        return userKey != null && userManager.getUserProfile(new UserKey(userKey)) != null;
    }

    /**
     * The user keys each value matches, a value being a user key, a username or an e-mail address (usernames and
     * e-mail addresses without regard to case): one pass over the host's directory whatever the number of values,
     * never one call per value. A value that matches nobody is left out; one that matches several people (two
     * accounts with one e-mail address, or one person's username that is another's key) lists them all.
     */
    public Map<String, List<String>> keysFor(Collection<String> values) {
        Set<String> wanted = new HashSet<>(values.size() * 2);
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                wanted.add(value);
                wanted.add(value.toLowerCase(Locale.ROOT));
            }
        }
        Set<String> keys = new HashSet<>();
        Map<String, Set<String>> byName = new HashMap<>(wanted.size() * 2);
        for (User user : userAccessor.getUsers()) {
            if (!(user instanceof ConfluenceUser confluenceUser) || confluenceUser.getKey() == null) {
                continue;
            }
            String key = confluenceUser.getKey().getStringValue();
            if (wanted.contains(key)) {
                keys.add(key);
            }
            addName(byName, wanted, user.getName(), key);
            addName(byName, wanted, user.getEmail(), key);
        }
        Map<String, List<String>> found = new HashMap<>(values.size() * 2);
        for (String value : values) {
            if (value == null || value.isBlank() || found.containsKey(value)) {
                continue;
            }
            Set<String> matches = new LinkedHashSet<>(2);
            if (keys.contains(value)) {
                matches.add(value);
            }
            matches.addAll(byName.getOrDefault(value.strip().toLowerCase(Locale.ROOT), Set.of()));
            if (!matches.isEmpty()) {
                found.put(value, new ArrayList<>(matches));
            }
        }
        return found;
    }

    /** Usernames and e-mail addresses, lower case, to the keys of the people who have them. */
    private static void addName(Map<String, Set<String>> byName, Set<String> wanted, String name, String key) {
        if (name == null) {
            return;
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (wanted.contains(lower)) {
            byName.computeIfAbsent(lower, k -> new LinkedHashSet<>(2)).add(key);
        }
    }

    /** The host knows the person but their account is deactivated: they can no longer sign in or act. */
    public boolean isDeactivated(String userKey) {
        ConfluenceUser user = userKey == null ? null : userAccessor.getExistingUserByKey(new UserKey(userKey));
        return user != null && userAccessor.isDeactivated(user);
    }

    /** The host knows the person and their account is active. */
    public boolean isActive(String userKey) {
        return exists(userKey) && !isDeactivated(userKey);
    }

    /** The full name, or the key itself for a person the host no longer knows. */
    public String displayName(String userKey) {
        UserProfile profile = userManager.getUserProfile(new UserKey(userKey));
        return profile == null || profile.getFullName() == null ? userKey : profile.getFullName();
    }

    /** A Confluence administrator or system administrator. */
    public boolean isAdmin(String userKey) {
        UserKey key = new UserKey(userKey);
        return userManager.isAdmin(key) || userManager.isSystemAdmin(key);
    }

    public boolean isInGroup(String userKey, String group) {
        return group != null && !group.isBlank() && userManager.isUserInGroup(new UserKey(userKey), group);
    }

    /**
     * The time zone of the person's profile, or empty when it is the site's default: the host answers the default
     * for whoever never chose a zone, so the default tells nothing about the person.
     */
    public Optional<ZoneId> timeZone(String userKey) {
        TimeZone zone = userKey == null ? null : timeZones.getUserTimeZone(new UserKey(userKey));
        TimeZone site = timeZones.getDefaultTimeZone();
        if (zone == null || site != null && zone.getID().equals(site.getID())) {
            return Optional.empty();
        }
        return Optional.of(zone.toZoneId());
    }

    /** The site's default time zone, the one the host shows to whoever never chose one; UTC when it has none. */
    public ZoneId siteTimeZone() {
        TimeZone site = timeZones.getDefaultTimeZone();
        return site == null ? ZoneOffset.UTC : site.toZoneId();
    }
}
