package org.tandem.sandbox.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import org.tandem.sandbox.SandboxUsers;

import java.net.URI;
import java.util.Objects;

/** A directory person seen as Confluence's ConfluenceUser and SAL's UserProfile. */
public final class SandboxUser implements ConfluenceUser, UserProfile {

    private final SandboxUsers.Person person;

    public SandboxUser(SandboxUsers.Person person) {
        this.person = Objects.requireNonNull(person);
    }

    public SandboxUsers.Person person() {
        return person;
    }

    @Override
    public UserKey getKey() {
        return new UserKey(person.key());
    }

    @Override
    public UserKey getUserKey() {
        return getKey();
    }

    @Override
    public String getUsername() {
        return person.username();
    }

    @Override
    public String getName() {
        return person.username();
    }

    @Override
    public String getFullName() {
        return person.fullName();
    }

    @Override
    public String getEmail() {
        return person.email();
    }

    @Override
    public URI getProfilePictureUri(int width, int height) {
        return getProfilePictureUri();
    }

    @Override
    public URI getProfilePictureUri() {
        return URI.create("/images/icons/profilepics/default.svg");
    }

    @Override
    public URI getProfilePageUri() {
        return URI.create("/display/~" + person.username());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SandboxUser u && u.person.key().equals(person.key());
    }

    @Override
    public int hashCode() {
        return person.key().hashCode();
    }

    @Override
    public String toString() {
        return person.username();
    }
}
