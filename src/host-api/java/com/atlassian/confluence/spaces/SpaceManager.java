// Stand-in for com.atlassian.confluence:confluence.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.confluence.spaces;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;
import java.util.List;

// Only the members a plugin uses; the getters are deprecated in 8.7 but still present in 10.
public interface SpaceManager {

    Space createSpace(String spaceKey, String name, String description, User creator);

    Space createPrivateSpace(String spaceKey, String name, String description, User creator);

    void saveSpace(Space space);

    Boolean removeSpace(Space space);

    @Deprecated
    Space getSpace(long id);

    @Deprecated
    Space getSpace(String spaceKey);

    @Deprecated
    Space getPersonalSpace(ConfluenceUser user);

    @Deprecated
    List<Space> getAllSpaces();

    String getSpaceFromPageId(long pageId);

    List<User> getSpaceAdmins(Space space);
}
