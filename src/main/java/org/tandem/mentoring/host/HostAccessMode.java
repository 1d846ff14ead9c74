package org.tandem.mentoring.host;

import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import jakarta.inject.Named;

/**
 * Whether Confluence is in read-only mode (an administrator's maintenance window on Data Center): pages stay
 * readable, nothing may be written. Asked on every write, so switching the mode takes effect at once on every node.
 */
@Named
public class HostAccessMode {

    private final AccessModeService accessModes;

    public HostAccessMode(AccessModeService accessModes) {
        this.accessModes = accessModes;
    }

    public boolean readOnly() {
        return accessModes.isReadOnlyAccessModeEnabled();
    }
}
