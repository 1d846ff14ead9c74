package org.tandem.sandbox.testplugin;

import com.atlassian.confluence.event.events.user.UserDeactivateEvent;
import com.atlassian.event.api.EventListener;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/** A listener of the test plugin: remembers who was deactivated. */
@Named
public class UserEventsListener {

    private final List<String> deactivated = new ArrayList<>();

    @EventListener
    public void onDeactivate(UserDeactivateEvent event) {
        deactivated.add(event.getUser().getName());
    }

    public List<String> deactivated() {
        return deactivated;
    }
}
