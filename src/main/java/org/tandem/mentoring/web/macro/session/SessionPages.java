package org.tandem.mentoring.web.macro.session;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.ConversionContextOutputType;

/** The pair's pages render their private parts only when displayed or previewed, never into exports or mail. */
final class SessionPages {

    private SessionPages() {
    }

    static boolean displayed(ConversionContext context) {
        String type = context.getOutputType();
        return type == null || ConversionContextOutputType.DISPLAY.value().equals(type)
                || ConversionContextOutputType.PREVIEW.value().equals(type);
    }
}
