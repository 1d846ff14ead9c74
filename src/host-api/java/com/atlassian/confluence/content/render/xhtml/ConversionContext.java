// Stand-in for com.atlassian.confluence:confluence.
// seen: onlyoffice-confluence 7.x (Confluence 10.0.3)
package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

public interface ConversionContext {

    ContentEntityObject getEntity();

    String getSpaceKey();

    String getOutputType();

    String getOutputDeviceType();

    void setProperty(String name, Object value);

    Object getProperty(String name);

    Object getProperty(String name, Object defaultValue);

    String getPropertyAsString(String name);

    boolean hasProperty(String name);

    Object removeProperty(String name);

    boolean isAsyncRenderSafe();

    void disableAsyncRenderSafe();

    boolean isDiffOrEmail();
}
