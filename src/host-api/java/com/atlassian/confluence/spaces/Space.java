// Stand-in for com.atlassian.confluence:confluence.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.confluence.spaces;

import com.atlassian.confluence.core.ConfluenceEntityObject;
import com.atlassian.confluence.pages.Page;
import java.util.Objects;

public class Space extends ConfluenceEntityObject {

    public static final String PERSONAL_SPACEKEY_IDENTIFIER = "~";
    public static final String CONTENT_TYPE = "space";

    private String name;
    private String key;
    private SpaceType spaceType = SpaceType.GLOBAL;
    private SpaceStatus spaceStatus = SpaceStatus.CURRENT;
    private Page homePage;

    public Space() {
    }

    public Space(String spaceKey) {
        this.key = spaceKey;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public SpaceType getSpaceType() {
        return spaceType;
    }

    public void setSpaceType(SpaceType spaceType) {
        this.spaceType = spaceType;
    }

    public SpaceStatus getSpaceStatus() {
        return spaceStatus;
    }

    public void setSpaceStatus(SpaceStatus spaceStatus) {
        this.spaceStatus = spaceStatus;
    }

    public Page getHomePage() {
        return homePage;
    }

    public void setHomePage(Page homePage) {
        this.homePage = homePage;
    }

    public String getDisplayTitle() {
        return name;
    }

    public String getType() {
        return CONTENT_TYPE;
    }

    /** The real class answers /display/KEY for a global space and a different path for a personal one. */
    public String getUrlPath() {
        return "/display/" + key;
    }

    public boolean isPersonal() {
        return SpaceType.isPersonal(this);
    }

    public boolean isGlobal() {
        return SpaceType.isGlobal(this);
    }

    public boolean isArchived() {
        return spaceStatus == SpaceStatus.ARCHIVED;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass() || !super.equals(other)) {
            return false;
        }
        Space that = (Space) other;
        return Objects.equals(spaceType, that.spaceType)
                && spaceStatus == that.spaceStatus
                && (key == null ? that.key == null : key.equalsIgnoreCase(that.key))
                && Objects.equals(name, that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), spaceType, spaceStatus, name, key == null ? null : key.toLowerCase());
    }

    @Override
    public String toString() {
        return "Space{key='" + key + "'}";
    }
}
