package org.tandem.mentoring.service.programme;

import jakarta.inject.Named;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.PageLookups;

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

    /**
     * The key of the programme's space, or null when that key now belongs to another space (the programme's own
     * was removed): a programme is bound to the key and the id of its space, and both must match.
     */
    static String spaceOf(HostSpaces spaces, Programme programme) {
        String key = programme.spaceKey();
        return key != null && spaces.idOf(key) == programme.spaceId() ? key : null;
    }

    public boolean coordinates(String userKey, Programme programme) {
        if (userKey == null) {
            return false;
        }
        return PageLookups.remembered(new Coordinating(userKey, programme.id(), programme.spaceKey(),
                programme.spaceId()), () -> spaces.canAdminister(userKey, spaceOf(spaces, programme))
                        || settings.coordinatorGroup().map(group -> users.isInGroup(userKey, group)).orElse(false));
    }

    /** The question {@link #coordinates} answers, as the macros of one page view share it. */
    private record Coordinating(String userKey, int programmeId, String spaceKey, long spaceId) {
    }
}
