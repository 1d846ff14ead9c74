// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.plugins.createcontent;

import java.util.Map;

public interface TemplateRendererHelper {

    String renderFromSoy(String moduleKey, String templateName, Map<String, Object> context);

    String renderMacroXhtml(String macroName, Map<String, String> parameters);
}
