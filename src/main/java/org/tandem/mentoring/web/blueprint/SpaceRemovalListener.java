package org.tandem.mentoring.web.blueprint;

import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.mentoring.service.programme.ProgrammeCreation;
import org.tandem.mentoring.web.events.HostEventListener;

/**
 * Hears Confluence remove a space and archives its programme, which also loses the space key: Confluence lets a
 * new space take the key, and the new space must not inherit the old programme.
 */
@Named
public class SpaceRemovalListener extends HostEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(SpaceRemovalListener.class);

    private final ProgrammeCreation creation;

    @Inject
    public SpaceRemovalListener(EventPublisher eventPublisher, ProgrammeCreation creation) {
        super(eventPublisher);
        this.creation = creation;
    }

    @EventListener
    public void onSpaceRemove(SpaceRemoveEvent event) {
        Space space = event.getSpace();
        if (space == null || space.getKey() == null) {
            return;
        }
        List<Integer> archived = creation.spaceRemoved(space.getKey(), space.getId());
        if (!archived.isEmpty()) {
            LOG.info("Space {} removed: programmes {} archived", space.getKey(), archived);
        }
    }
}
