// Stand-in for com.atlassian.confluence:confluence.
// seen: onlyoffice-confluence 7.x (Confluence 10.0.3)
package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum OutputType {
        INLINE,
        BLOCK
    }

    enum BodyType {
        PLAIN_TEXT,
        RICH_TEXT,
        NONE
    }
}
