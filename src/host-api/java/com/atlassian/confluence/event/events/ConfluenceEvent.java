// Stand-in for com.atlassian.confluence:confluence.
package com.atlassian.confluence.event.events;

import java.io.Serializable;
import java.util.EventObject;

/**
 * Base of Confluence's events. In 8.7 it extends the deprecated com.atlassian.event.Event, itself a
 * Spring ApplicationEvent and so a java.util.EventObject; the stand-in keeps only EventObject
 * (getSource()), the part a listener may rely on.
 */
public abstract class ConfluenceEvent extends EventObject implements Serializable {

    public ConfluenceEvent(Object source) {
        super(source);
    }
}
