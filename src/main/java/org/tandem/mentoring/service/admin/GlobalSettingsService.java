package org.tandem.mentoring.service.admin;

import jakarta.inject.Named;
import java.util.Optional;
import org.tandem.mentoring.domain.dashboard.SmallGroups;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;

/**
 * Tandem's global settings, for Confluence administrators only: the coordinator group, whose members coordinate
 * every programme besides each programme space's administrators, and the dashboards' smallest group (k: counts of
 * fewer people are shown as "fewer than k"), which may be raised above {@link SmallGroups#SMALLEST}, never lowered.
 */
@Named
public class GlobalSettingsService {

    /** Longest group name the setting takes (Confluence group names are at most 255 characters). */
    public static final int MAX_GROUP_LENGTH = 255;

    /** The largest smallest group the setting takes: above it a dashboard of a normal programme would show nothing. */
    public static final int MAX_SMALLEST_GROUP = 1000;

    /** A smallest group that is not a whole number from {@link SmallGroups#SMALLEST} to {@link #MAX_SMALLEST_GROUP}. */
    public static final class InvalidSmallestGroup extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidSmallestGroup(String value) {
            super("the smallest group must be a whole number from " + SmallGroups.SMALLEST + " to "
                    + MAX_SMALLEST_GROUP + ", not '" + value + "'");
        }
    }

    private final HostUsers users;
    private final HostSettings settings;

    public GlobalSettingsService(HostUsers users, HostSettings settings) {
        this.users = users;
        this.settings = settings;
    }

    /** Whether the signed-in person may use the global administration. */
    public AdminAccess access() {
        Optional<String> userKey = users.currentUserKey();
        if (userKey.isEmpty()) {
            return AdminAccess.ANONYMOUS;
        }
        return users.isAdmin(userKey.get()) ? AdminAccess.ADMIN : AdminAccess.NOT_ADMIN;
    }

    /**
     * The coordinator group, empty when none is set.
     *
     * @throws Refusal.Forbidden when the signed-in person is not a Confluence administrator
     */
    public Optional<String> coordinatorGroup() {
        checkAdmin();
        return settings.coordinatorGroup();
    }

    /**
     * Sets the coordinator group; a null or blank name clears it. The name is stored trimmed.
     *
     * @return true when a group is set, false when the setting was cleared
     * @throws Refusal.Forbidden when the signed-in person is not a Confluence administrator
     * @throws IllegalArgumentException when the name is longer than {@link #MAX_GROUP_LENGTH}
     */
    public boolean setCoordinatorGroup(String group) {
        checkAdmin();
        String name = group == null ? "" : group.trim();
        if (name.length() > MAX_GROUP_LENGTH) {
            throw new IllegalArgumentException("a group name has at most " + MAX_GROUP_LENGTH + " characters");
        }
        settings.setCoordinatorGroup(name);
        return !name.isEmpty();
    }

    /**
     * The dashboards' smallest group, {@link SmallGroups#SMALLEST} unless raised.
     *
     * @throws Refusal.Forbidden when the signed-in person is not a Confluence administrator
     */
    public int smallestGroup() {
        checkAdmin();
        return SmallGroups.of(settings.dashboardSmallestGroup()).k();
    }

    /**
     * Sets the dashboards' smallest group from what the administrator typed (surrounding spaces ignored).
     *
     * @return the value stored
     * @throws Refusal.Forbidden when the signed-in person is not a Confluence administrator
     * @throws InvalidSmallestGroup when the text is not a whole number from {@link SmallGroups#SMALLEST} to
     *     {@link #MAX_SMALLEST_GROUP}
     */
    public int setSmallestGroup(String text) {
        checkAdmin();
        String value = text == null ? "" : text.strip();
        int k;
        try {
            k = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidSmallestGroup(value);
        }
        if (k < SmallGroups.SMALLEST || k > MAX_SMALLEST_GROUP) {
            throw new InvalidSmallestGroup(value);
        }
        settings.setDashboardSmallestGroup(k);
        return k;
    }

    private void checkAdmin() {
        if (access() != AdminAccess.ADMIN) {
            throw new Refusal.Forbidden("tandem.admin.forbidden");
        }
    }
}
