package org.tandem.mentoring.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.upm.api.license.PluginLicenseManager;
import com.atlassian.upm.api.license.entity.LicenseError;
import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.util.Option;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Tandem's Marketplace licence as the Universal Plugin Manager keeps it (the descriptor declares
 * {@code atlassian-licensing-enabled}). Read on every write: a licence installed or renewed counts at once.
 */
@Named
public class HostLicence {

    /** The Universal Plugin Manager's page, where an administrator installs, renews or buys an app's licence. */
    static final String MANAGE_APPS = "/plugins/servlet/upm";

    private final PluginLicenseManager licences;
    private final ApplicationProperties application;

    public HostLicence(PluginLicenseManager licences, ApplicationProperties application) {
        this.licences = licences;
        this.application = application;
    }

    /** Where an administrator manages apps and their licences, relative to the site (with its context path). */
    public String manageAppsUrl() {
        return application.getBaseUrl(UrlMode.RELATIVE) + MANAGE_APPS;
    }

    /** Empty when the licence is valid; otherwise what is wrong with it. */
    public Optional<LicenceProblem> problem() {
        Option<PluginLicense> installed = licences.getLicense();
        if (!installed.isDefined()) {
            return Optional.of(LicenceProblem.NONE);
        }
        PluginLicense licence = installed.get();
        Option<LicenseError> error = licence.getError();
        if (error.isDefined()) {
            return Optional.of(named(error.get()));
        }
        return licence.isValid() ? Optional.empty() : Optional.of(LicenceProblem.INVALID);
    }

    /** The problem of the same name; a reason a later UPM adds counts as an invalid licence. */
    private static LicenceProblem named(LicenseError error) {
        for (LicenceProblem problem : LicenceProblem.values()) {
            if (problem.name().equals(error.name())) {
                return problem;
            }
        }
        return LicenceProblem.INVALID;
    }
}
