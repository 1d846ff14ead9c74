package org.tandem.mentoring.web.blueprint;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.SpaceBlueprint;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.user.UserKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.CreatedProgramme;
import org.tandem.mentoring.service.programme.ProgrammeCreation;
import org.tandem.mentoring.service.programme.ProgrammeWizardInput;

public class ProgrammeSpaceListenerTest {

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final ProgrammeCreation creation = mock(ProgrammeCreation.class);
    private final ProgrammeSpaceListener listener = new ProgrammeSpaceListener(publisher, creation);
    private final ConfluenceUser ada = mock(ConfluenceUser.class);

    private SpaceBlueprintCreateEvent event(String blueprintKey) {
        when(ada.getKey()).thenReturn(new UserKey("ada"));
        Space space = new Space("PEER");
        space.setName("Peer mentoring");
        SpaceBlueprint blueprint = new SpaceBlueprint(UUID.randomUUID(), blueprintKey, "name", false, List.of(), null,
                "tandem");
        return new SpaceBlueprintCreateEvent(this, space, blueprint, ada, Map.of("cadence", "WEEKLY"));
    }

    @Test
    public void lifecycle_shouldRegisterAndUnregisterWithThePublisher() {
        listener.afterPropertiesSet();
        listener.destroy();
        verify(publisher).register(listener);
        verify(publisher).unregister(listener);
    }

    @Test
    public void onSpaceBlueprintCreate_shouldCreateTheProgrammeForTheCreatorFromTheSpaceAndContext() {
        when(creation.createForNewSpace(anyString(), any())).thenReturn(new CreatedProgramme(
                Programme.draft("Peer mentoring", "PEER", ProgrammeType.PEER), Map.of(), false));
        listener.onSpaceBlueprintCreate(event("org.tandem.tandem:tandem-programme-space"));

        ArgumentCaptor<ProgrammeWizardInput> input = ArgumentCaptor.forClass(ProgrammeWizardInput.class);
        verify(creation).createForNewSpace(org.mockito.ArgumentMatchers.eq("ada"), input.capture());
        assertEquals("Peer mentoring", input.getValue().name());
        assertEquals("PEER", input.getValue().spaceKey());
        assertEquals("WEEKLY", input.getValue().cadence());
    }

    @Test
    public void onSpaceBlueprintCreate_shouldIgnoreOtherBlueprints() {
        listener.onSpaceBlueprintCreate(event("com.atlassian.confluence.plugins.confluence-space-blueprints:team"));

        verify(creation, never()).createForNewSpace(anyString(), any());
    }

    @Test
    public void onSpaceBlueprintCreate_shouldSwallowARefusalSoConfluenceCarriesOn() {
        when(creation.createForNewSpace(anyString(), any()))
                .thenThrow(new Refusal.Forbidden("no"));

        listener.onSpaceBlueprintCreate(event("org.tandem.tandem:tandem-programme-space"));

        verify(creation).createForNewSpace(anyString(), any());
    }

    @Test
    public void listener_shouldNameNoTypeOfTheCreateContentImplPackage() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .should().dependOnClassesThat()
                .resideInAPackage("com.atlassian.confluence.plugins.createcontent.impl..")
                .check(new com.tngtech.archunit.core.importer.ClassFileImporter()
                        .importClasses(ProgrammeSpaceListener.class));
    }
}
