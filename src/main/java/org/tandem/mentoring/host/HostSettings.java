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

    private static final String ORG_CHART_MAPPING = "org.tandem.mentoring:orgchart-mapping";
    private static final String ORG_CHART_NIGHTLY = "org.tandem.mentoring:orgchart-nightly";

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

    /** The org chart file's mapping the last written import used, as text. */
    public Optional<String> orgChartMapping() {
        return text(ORG_CHART_MAPPING);
    }

    public void setOrgChartMapping(String mapping) {
        put(ORG_CHART_MAPPING, mapping);
    }

    /** The nightly org chart file's settings, as text. */
    public Optional<String> orgChartNightly() {
        return text(ORG_CHART_NIGHTLY);
    }

    public void setOrgChartNightly(String nightly) {
        put(ORG_CHART_NIGHTLY, nightly);
    }

    private Optional<String> text(String key) {
        Object value = settings().get(key);
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    private void put(String key, String value) {
        if (value == null || value.isBlank()) {
            settings().remove(key);
        } else {
            settings().put(key, value);
        }
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }
}
