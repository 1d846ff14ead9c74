package org.tandem.sandbox.host;

import com.atlassian.upm.api.license.PluginLicenseManager;
import com.atlassian.upm.api.license.entity.LicenseError;
import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.util.Option;
import java.util.Locale;
import org.tandem.sandbox.SandboxHostState;

/**
 * The Universal Plugin Manager's view of the plugin's licence, set on /sandbox/maintenance: a valid licence (the
 * start), an expired one, one for another edition, or none at all.
 */
public final class SandboxLicence implements PluginLicenseManager {

    /** The licence states the sandbox can set. */
    public enum State {
        VALID(null),
        EXPIRED(LicenseError.EXPIRED),
        EDITION_MISMATCH(LicenseError.EDITION_MISMATCH),
        NONE(null);

        private final LicenseError error;

        State(LicenseError error) {
            this.error = error;
        }

        /** The state named {@code valid}, {@code expired}, {@code edition-mismatch} or {@code none}. */
        public static State named(String name) {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private static final String NAME = "licence";

    private final String pluginKey;
    private final SandboxHostState hostState;

    /** The licence is the cluster's, as UPM keeps it: in the sandbox's database. */
    public SandboxLicence(String pluginKey, SandboxHostState hostState) {
        this.pluginKey = pluginKey;
        this.hostState = hostState;
    }

    public void set(State state) {
        hostState.put(NAME, state.name());
    }

    public State state() {
        return hostState.get(NAME).map(State::valueOf).orElse(State.VALID);
    }

    @Override
    public Option<PluginLicense> getLicense() {
        State now = state();
        return now == State.NONE ? Option.none() : Option.some(new Licence(now.error));
    }

    @Override
    public String getPluginKey() {
        return pluginKey;
    }

    private record Licence(LicenseError error) implements PluginLicense {

        @Override
        public boolean isValid() {
            return error == null;
        }

        @Override
        public Option<LicenseError> getError() {
            return error == null ? Option.none() : Option.some(error);
        }
    }
}
