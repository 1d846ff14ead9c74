package org.tandem.mentoring.service.admin;

import jakarta.inject.Named;
import java.util.Optional;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;

/**
 * Tandem's global settings, for Confluence administrators only: for now the coordinator group, whose members
 * coordinate every programme besides each programme space's administrators.
 */
@Named
public class GlobalSettingsService {

    /** Longest group name the setting takes (Confluence group names are at most 255 characters). */
    public static final int MAX_GROUP_LENGTH = 255;

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

    private void checkAdmin() {
        if (access() != AdminAccess.ADMIN) {
            throw new Refusal.Forbidden("tandem.admin.forbidden");
        }
    }
}
