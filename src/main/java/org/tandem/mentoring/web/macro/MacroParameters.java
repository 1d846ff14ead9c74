package org.tandem.mentoring.web.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/** Parameters the Tandem macros share. */
public final class MacroParameters {

    private MacroParameters() {
    }

    /** The space a macro speaks of: its {@code space} parameter, else the space of the page it is on. */
    public static String spaceKey(Map<String, String> parameters, ConversionContext context) {
        String space = parameters.get("space");
        return space == null || space.isBlank() ? context.getSpaceKey() : space.trim();
    }
}
