package org.tandem.sandbox.host;

import com.atlassian.confluence.api.model.accessmode.AccessMode;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;

/** Confluence's access mode, as an administrator switches it on the maintenance page; /sandbox/maintenance here. */
public final class SandboxAccessMode implements AccessModeService {

    private volatile AccessMode mode = AccessMode.READ_WRITE;

    public void set(AccessMode mode) {
        this.mode = mode;
    }

    @Override
    public AccessMode getAccessMode() {
        return mode;
    }

    @Override
    public boolean isReadOnlyAccessModeEnabled() {
        return mode == AccessMode.READ_ONLY;
    }
}
