package org.tandem.mentoring.web.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.reflect.InvocationTargetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.host.HostProgrammeSpaces;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.service.programme.CreatedProgramme;
import org.tandem.mentoring.service.programme.ProgrammeCreation;
import org.tandem.mentoring.service.programme.ProgrammeWizardInput;
import org.tandem.mentoring.web.events.HostEventListener;

/**
 * Hears Confluence announce a space made from the "Mentoring programme" blueprint (the space, its pages and the
 * wizard's answers) and creates the programme record for it. Registers with the event publisher when the plugin
 * starts and leaves it when the plugin stops, as plugin listeners must.
 */
@Named
public class ProgrammeSpaceListener extends HostEventListener {

    /** The module key of the space blueprint in atlassian-plugin.xml. */
    public static final String BLUEPRINT_MODULE_KEY = HostProgrammeSpaces.BLUEPRINT_MODULE_KEY;

    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeSpaceListener.class);

    private final ProgrammeCreation creation;

    @Inject
    public ProgrammeSpaceListener(EventPublisher eventPublisher, ProgrammeCreation creation) {
        super(eventPublisher);
        this.creation = creation;
    }

    @EventListener
    public void onSpaceBlueprintCreate(SpaceBlueprintCreateEvent event) {
        if (!isOurs(blueprintKey(event))) {
            return;
        }
        Space space = event.getSpace();
        ConfluenceUser creator = event.getCreator();
        if (space == null || creator == null || creator.getKey() == null) {
            LOG.warn("Space blueprint event without space or creator; no programme created");
            return;
        }
        ProgrammeWizardInput input = ProgrammeWizardInput.fromContext(space.getName(), space.getKey(),
                event.getContext());
        try {
            CreatedProgramme created = creation.createForNewSpace(creator.getKey().getStringValue(), input);
            if (!created.complete()) {
                LOG.warn("Programme of space {} created as a draft; fields to complete: {}", space.getKey(),
                        created.problems().keySet());
            }
        } catch (Refusal.Forbidden e) {
            LOG.warn("No programme for space {}: {}", space.getKey(), e.getMessage());
        }
    }

    static boolean isOurs(String moduleCompleteKey) {
        return moduleCompleteKey != null && moduleCompleteKey.endsWith(":" + BLUEPRINT_MODULE_KEY);
    }

    /**
     * The complete module key of the event's blueprint. getSpaceBlueprint() returns a type of the create-content
     * plugin's impl package, which a Confluence release need not export; reading it reflectively keeps this class
     * free of that type, so it loads and works whether the package is wired or not.
     */
    static String blueprintKey(SpaceBlueprintCreateEvent event) {
        try {
            Object blueprint = event.getClass().getMethod("getSpaceBlueprint").invoke(event);
            if (blueprint == null) {
                return null;
            }
            Object key = blueprint.getClass().getMethod("getModuleCompleteKey").invoke(blueprint);
            return key instanceof String text ? text : null;
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            LOG.warn("Cannot read the blueprint of a space blueprint event: {}", e.toString());
            return null;
        }
    }
}
