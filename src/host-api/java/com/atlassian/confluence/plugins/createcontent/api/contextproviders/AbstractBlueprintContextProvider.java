// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: UNCONFIRMED (reference notes only; no source read)
package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import java.util.Map;

/**
 * Base of a blueprint's content-template context provider: getContextMap wraps the host's context in a
 * BlueprintContext and hands it to the subclass, as the real class does. The real helpers
 * renderCreateFromTemplateMacro and renderContentReportTableMacro are left out.
 */
public abstract class AbstractBlueprintContextProvider implements ContextProvider {

    protected TemplateRendererHelper templateRendererHelper;

    @Deprecated
    public AbstractBlueprintContextProvider() {
    }

    public AbstractBlueprintContextProvider(TemplateRendererHelper templateRendererHelper) {
        this.templateRendererHelper = templateRendererHelper;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        return updateBlueprintContext(new BlueprintContext(context)).getMap();
    }

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);

    public void setTemplateRendererHelper(TemplateRendererHelper templateRendererHelper) {
        this.templateRendererHelper = templateRendererHelper;
    }
}
