package org.tandem.mentoring.web.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Map;
import org.tandem.mentoring.service.PageLookups;

/**
 * A Tandem macro: no body, rendered as a block. The macros of one page view share their look-ups (the programme of
 * the space, whether the viewer coordinates it) through the page's conversion context.
 */
public abstract class BlockMacro implements Macro {

    /** The conversion context's property holding the page view's {@link PageLookups}. */
    static final String LOOKUPS = "org.tandem.mentoring.page-lookups";

    @Override
    public final BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public final OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    @Override
    public final String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        return lookupsOf(context).during(() -> render(parameters, context));
    }

    /** The macro's view of the page, with the page view's look-ups shared. */
    protected abstract String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException;

    private static PageLookups lookupsOf(ConversionContext context) {
        if (context == null) {
            return new PageLookups();
        }
        if (context.getProperty(LOOKUPS) instanceof PageLookups shared) {
            return shared;
        }
        PageLookups lookups = new PageLookups();
        context.setProperty(LOOKUPS, lookups);
        return lookups;
    }
}
