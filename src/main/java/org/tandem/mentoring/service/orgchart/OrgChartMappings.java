package org.tandem.mentoring.service.orgchart;

import jakarta.inject.Named;
import org.tandem.mentoring.host.HostSettings;

/** The org chart file's mapping remembered from the last import written (plugin settings, the whole cluster). */
@Named
public class OrgChartMappings {

    private final HostSettings settings;

    public OrgChartMappings(HostSettings settings) {
        this.settings = settings;
    }

    /** The mapping of the last import written, or none. */
    public OrgChartMapping remembered() {
        return settings.orgChartMapping().map(OrgChartMapping::decoded).orElse(OrgChartMapping.NONE);
    }

    public void remember(OrgChartMapping mapping) {
        settings.setOrgChartMapping(mapping.encoded());
    }
}
