package org.tandem.mentoring.web.events;

import com.atlassian.event.api.EventPublisher;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * A listener of the host's events: registers itself with the event publisher when the plugin starts and leaves it
 * when the plugin stops, so that a disabled plugin hears nothing.
 */
public abstract class HostEventListener implements InitializingBean, DisposableBean {

    private final EventPublisher eventPublisher;

    protected HostEventListener(EventPublisher eventPublisher) {
        this.eventPublisher = eventPublisher;
    }

    @Override
    public final void afterPropertiesSet() {
        eventPublisher.register(this);
    }

    @Override
    public final void destroy() {
        eventPublisher.unregister(this);
    }
}
