package org.tandem.sandbox.host;

import com.atlassian.user.Group;

/** A group of the sandbox's directory, known by its name. */
public record SandboxGroup(String name) implements Group {

    @Override
    public String getName() {
        return name;
    }
}
