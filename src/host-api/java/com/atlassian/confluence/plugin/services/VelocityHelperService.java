// Stand-in for com.atlassian.confluence:confluence.
// seen: onlyoffice-confluence 7.x (Confluence 10.0.3)
package com.atlassian.confluence.plugin.services;

import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.context.Context;

public interface VelocityHelperService {

    String getRenderedTemplate(String templatePath, Map<String, Object> context);

    String getRenderedTemplateWithoutSwallowingErrors(String templatePath, Map<String, Object> context)
            throws Exception;

    /** A default method in the real API too, delegating to the Context overload. */
    default String getRenderedContent(String templateContent, Map<String, Object> context) {
        return getRenderedContent(templateContent, new VelocityContext(context));
    }

    String getRenderedContent(String templateContent, Context context);

    String getRenderedContentWithoutSwallowingErrors(String templateContent, Context context) throws Exception;

    Map<String, Object> createDefaultVelocityContext();
}
