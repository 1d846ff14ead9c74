package org.tandem.mentoring.host;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import jakarta.inject.Named;
import java.util.Optional;

/** Tandem's global settings, kept in the host's plugin settings (shared by every cluster node). */
@Named
public class HostSettings {

    private static final String COORDINATOR_GROUP = "org.tandem.mentoring:coordinator-group";

    private final PluginSettingsFactory settingsFactory;

    public HostSettings(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    /** The group whose members coordinate every programme, besides each programme space's admins. */
    public Optional<String> coordinatorGroup() {
        Object value = settings().get(COORDINATOR_GROUP);
        return value instanceof String && !((String) value).isBlank() ? Optional.of((String) value) : Optional.empty();
    }

    public void setCoordinatorGroup(String group) {
        if (group == null || group.isBlank()) {
            settings().remove(COORDINATOR_GROUP);
        } else {
            settings().put(COORDINATOR_GROUP, group.trim());
        }
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }
}
