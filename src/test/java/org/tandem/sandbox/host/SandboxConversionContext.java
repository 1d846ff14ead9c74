package org.tandem.sandbox.host;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;

import java.util.HashMap;
import java.util.Map;

/** The context a macro renders in: the page, its space, output type "display" on a desktop. */
public final class SandboxConversionContext implements ConversionContext {

    private final ContentEntityObject entity;
    private final String spaceKey;
    private final String outputType;
    private final Map<String, Object> properties = new HashMap<>();
    private boolean asyncRenderSafe = true;

    public SandboxConversionContext(ContentEntityObject entity, String spaceKey, String outputType) {
        this.entity = entity;
        this.spaceKey = spaceKey;
        this.outputType = outputType;
    }

    @Override
    public ContentEntityObject getEntity() {
        return entity;
    }

    @Override
    public String getSpaceKey() {
        return spaceKey;
    }

    @Override
    public String getOutputType() {
        return outputType;
    }

    @Override
    public String getOutputDeviceType() {
        return "desktop";
    }

    @Override
    public void setProperty(String name, Object value) {
        properties.put(name, value);
    }

    @Override
    public Object getProperty(String name) {
        return properties.get(name);
    }

    @Override
    public Object getProperty(String name, Object defaultValue) {
        return properties.getOrDefault(name, defaultValue);
    }

    @Override
    public String getPropertyAsString(String name) {
        Object v = properties.get(name);
        return v == null ? null : v.toString();
    }

    @Override
    public boolean hasProperty(String name) {
        return properties.containsKey(name);
    }

    @Override
    public Object removeProperty(String name) {
        return properties.remove(name);
    }

    @Override
    public boolean isAsyncRenderSafe() {
        return asyncRenderSafe;
    }

    @Override
    public void disableAsyncRenderSafe() {
        asyncRenderSafe = false;
    }

    @Override
    public boolean isDiffOrEmail() {
        return "diff".equals(outputType) || "email".equals(outputType);
    }
}
