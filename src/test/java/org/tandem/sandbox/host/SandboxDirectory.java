package org.tandem.sandbox.host;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.model.user.User;
import org.tandem.sandbox.SandboxUsers;

/** The sandbox's one local user directory, and its people as Crowd's directory users. */
public final class SandboxDirectory implements Directory {

    public static final long ID = 1L;

    @Override
    public Long getId() {
        return ID;
    }

    @Override
    public String getName() {
        return "Confluence Internal Directory";
    }

    @Override
    public boolean isActive() {
        return true;
    }

    /** The person as the directory holds them, active or not; a new instance each time, as Crowd's events need. */
    public static User user(SandboxUsers.Person person, boolean active) {
        return new DirectoryUser(person, active);
    }

    private record DirectoryUser(SandboxUsers.Person person, boolean active) implements User {

        @Override
        public String getName() {
            return person.username();
        }

        @Override
        public long getDirectoryId() {
            return ID;
        }

        @Override
        public boolean isActive() {
            return active;
        }

        @Override
        public String getEmailAddress() {
            return person.email();
        }

        @Override
        public String getDisplayName() {
            return person.fullName();
        }

        @Override
        public String getFirstName() {
            return person.fullName();
        }

        @Override
        public String getLastName() {
            return "";
        }

        @Override
        public String getExternalId() {
            return person.key();
        }

        @Override
        public int compareTo(com.atlassian.crowd.embedded.api.User other) {
            return getName().compareToIgnoreCase(other.getName());
        }
    }
}
