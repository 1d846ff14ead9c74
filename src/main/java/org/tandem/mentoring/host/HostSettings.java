package org.tandem.mentoring.host;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import jakarta.inject.Named;
import java.util.Optional;

/** Tandem's global settings, kept in the host's plugin settings (shared by every cluster node). */
@Named
public class HostSettings {

    private static final String COORDINATOR_GROUP = "org.tandem.mentoring:coordinator-group";
    private static final String SMALLEST_GROUP = "org.tandem.mentoring:dashboard-smallest-group";

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

    /** The smallest group of people a dashboard shows as a number, when an administrator raised it. */
    public Optional<Integer> dashboardSmallestGroup() {
        Object value = settings().get(SMALLEST_GROUP);
        try {
            return value instanceof String text ? Optional.of(Integer.parseInt(text.trim())) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setDashboardSmallestGroup(Integer k) {
        if (k == null) {
            settings().remove(SMALLEST_GROUP);
        } else {
            settings().put(SMALLEST_GROUP, String.valueOf(k));
        }
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }
}
