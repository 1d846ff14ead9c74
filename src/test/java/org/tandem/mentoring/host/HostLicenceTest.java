package org.tandem.mentoring.host;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.upm.api.license.PluginLicenseManager;
import com.atlassian.upm.api.license.entity.LicenseError;
import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.util.Option;
import java.util.Optional;
import org.junit.Test;

public class HostLicenceTest {

    private final PluginLicenseManager manager = mock(PluginLicenseManager.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final HostLicence licence = new HostLicence(manager, application);

    @Test
    public void problem_shouldBeEmptyForAValidLicenceAndNoneWithoutOne() {
        PluginLicense installed = installed(true, null);
        when(manager.getLicense()).thenReturn(Option.some(installed));
        assertEquals(Optional.empty(), licence.problem());

        when(manager.getLicense()).thenReturn(Option.none());
        assertEquals(Optional.of(LicenceProblem.NONE), licence.problem());
    }

    @Test
    public void problem_shouldNameEveryErrorUpmReports() {
        for (LicenseError error : LicenseError.values()) {
            PluginLicense installed = installed(false, error);
            when(manager.getLicense()).thenReturn(Option.some(installed));

            assertEquals(error.name(), licence.problem().orElseThrow().name());
        }
    }

    @Test
    public void problem_shouldCallALicenceInvalidWithoutAnErrorInvalid() {
        PluginLicense installed = installed(false, null);
        when(manager.getLicense()).thenReturn(Option.some(installed));

        assertEquals(Optional.of(LicenceProblem.INVALID), licence.problem());
    }

    @Test
    public void manageAppsUrl_shouldStartWithTheContextPath() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/wiki");

        assertEquals("/wiki/plugins/servlet/upm", licence.manageAppsUrl());
    }

    private static PluginLicense installed(boolean valid, LicenseError error) {
        PluginLicense licence = mock(PluginLicense.class);
        when(licence.isValid()).thenReturn(valid);
        when(licence.getError()).thenReturn(error == null ? Option.none() : Option.some(error));
        return licence;
    }
}
