// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.content.render.xhtml;

import java.util.Locale;

/** The values ConversionContext.getOutputType() answers, as lower-case strings. */
public enum ConversionContextOutputType {
    PREVIEW,
    DISPLAY,
    WORD,
    PDF,
    HTML_EXPORT,
    FEED,
    EMAIL,
    DIFF;

    private final String lowerName = name().toLowerCase(Locale.ROOT);

    public String value() {
        return lowerName;
    }
}
