package org.tandem.mentoring.service.programme;

import jakarta.inject.Named;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.host.HostUsers;

/** Who coordinates a programme: the admins of its space, and the members of the coordinator group if one is set. */
@Named
public class Coordinators {

    private final HostSpaces spaces;
    private final HostUsers users;
    private final HostSettings settings;

    public Coordinators(HostSpaces spaces, HostUsers users, HostSettings settings) {
        this.spaces = spaces;
        this.users = users;
        this.settings = settings;
    }

    public boolean coordinates(String userKey, Programme programme) {
        if (userKey == null) {
            return false;
        }
        return spaces.canAdminister(userKey, programme.spaceKey())
                || settings.coordinatorGroup().map(group -> users.isInGroup(userKey, group)).orElse(false);
    }
}
