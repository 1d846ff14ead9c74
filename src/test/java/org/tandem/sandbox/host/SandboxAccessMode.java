package org.tandem.sandbox.host;

import com.atlassian.confluence.api.model.accessmode.AccessMode;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import org.tandem.sandbox.SandboxHostState;

/**
 * Confluence's access mode, as an administrator switches it on the maintenance page; /sandbox/maintenance here. It
 * holds for the whole cluster: kept in the sandbox's database.
 */
public final class SandboxAccessMode implements AccessModeService {

    private static final String NAME = "access-mode";

    private final SandboxHostState state;

    public SandboxAccessMode(SandboxHostState state) {
        this.state = state;
    }

    public void set(AccessMode mode) {
        state.put(NAME, mode.name());
    }

    @Override
    public AccessMode getAccessMode() {
        return state.get(NAME).map(AccessMode::valueOf).orElse(AccessMode.READ_WRITE);
    }

    @Override
    public boolean isReadOnlyAccessModeEnabled() {
        return getAccessMode() == AccessMode.READ_ONLY;
    }
}
