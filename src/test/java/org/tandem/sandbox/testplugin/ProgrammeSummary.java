package org.tandem.sandbox.testplugin;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.inject.Named;

/** A component of the test plugin: who is looking, through the imported SAL UserManager. */
@Named
public class ProgrammeSummary {

    private final UserManager userManager;

    public ProgrammeSummary(@ComponentImport UserManager userManager) {
        this.userManager = userManager;
    }

    public String viewerName() {
        UserProfile p = userManager.getRemoteUser();
        return p == null ? "anonymous" : p.getFullName();
    }
}
