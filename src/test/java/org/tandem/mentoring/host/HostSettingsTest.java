package org.tandem.mentoring.host;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

public class HostSettingsTest {

    private final Map<String, Object> stored = new HashMap<>();
    private HostSettings settings;

    @Before
    public void setUp() {
        PluginSettings pluginSettings = mock(PluginSettings.class);
        when(pluginSettings.get(org.mockito.ArgumentMatchers.anyString()))
                .thenAnswer(call -> stored.get(call.<String>getArgument(0)));
        when(pluginSettings.put(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.any()))
                .thenAnswer(call -> stored.put(call.getArgument(0), call.getArgument(1)));
        when(pluginSettings.remove(org.mockito.ArgumentMatchers.anyString()))
                .thenAnswer(call -> stored.remove(call.<String>getArgument(0)));
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(pluginSettings);
        settings = new HostSettings(factory);
    }

    @Test
    public void coordinatorGroup_shouldBeEmptyUntilSet() {
        assertEquals(Optional.empty(), settings.coordinatorGroup());
    }

    @Test
    public void setCoordinatorGroup_shouldStoreTheTrimmedName() {
        settings.setCoordinatorGroup("  people-development ");

        assertEquals(Optional.of("people-development"), settings.coordinatorGroup());
    }

    @Test
    public void setCoordinatorGroup_shouldClearTheSettingForABlankName() {
        settings.setCoordinatorGroup("hr");
        settings.setCoordinatorGroup("   ");

        assertEquals(Optional.empty(), settings.coordinatorGroup());
        assertEquals(Map.of(), stored);
    }
}
