package org.tandem.mentoring.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the host lives: folders Tandem owns in its shared home directory (the one every cluster node sees), and
 * its address as mail links need it.
 */
@Named
public class HostHome {

    /** Where HR systems drop the org chart file for the nightly import, under the shared home. */
    public static final String ORG_CHART_FOLDER = "tandem/orgchart";

    private final ApplicationProperties applicationProperties;

    public HostHome(ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    /** The org chart folder, made when missing; empty when the host has no shared home. */
    public Optional<Path> orgChartFolder() {
        Optional<Path> home = applicationProperties.getSharedHomeDirectory();
        if (home.isEmpty()) {
            return Optional.empty();
        }
        Path folder = home.get().resolve(ORG_CHART_FOLDER);
        try {
            Files.createDirectories(folder);
            return Optional.of(folder.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The site's canonical address (no trailing slash), for links in mail. */
    public String baseUrl() {
        String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        return base == null ? "" : base.replaceAll("/+$", "");
    }
}
