package org.tandem.sandbox.host;

import com.atlassian.upm.api.license.PluginLicenseManager;
import com.atlassian.upm.api.license.entity.LicenseError;
import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.util.Option;
import java.util.Locale;

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

    private final String pluginKey;
    private volatile State state = State.VALID;

    public SandboxLicence(String pluginKey) {
        this.pluginKey = pluginKey;
    }

    public void set(State state) {
        this.state = state;
    }

    public State state() {
        return state;
    }

    @Override
    public Option<PluginLicense> getLicense() {
        State now = state;
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
