package org.tandem.mentoring.domain.circle;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An alumni peer circle: former mentees of a programme whom a coordinator brought together around one learning
 * theme, under a name the coordinator chose. Only its members and the programme's coordinators learn who is in it.
 */
public record PeerCircle(int id, int programmeId, String name, int themeId, List<String> memberKeys,
        String createdBy, Instant createdAt) {

    /** The fewest and the most members a circle is formed with. */
    public static final int MIN_MEMBERS = 3;
    public static final int MAX_MEMBERS = 8;
    /** The longest name. */
    public static final int MAX_NAME = 100;

    public PeerCircle {
        Objects.requireNonNull(name, "name");
        memberKeys = List.copyOf(memberKeys);
    }

    public boolean hasMember(String userKey) {
        return memberKeys.contains(userKey);
    }
}
