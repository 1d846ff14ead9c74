package org.tandem.mentoring.bench.load;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import org.tandem.sandbox.Sandbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bench's control: every Tandem macro of a sandbox answers, after its first rendering for a viewer, page,
 * parameters and body, the same HTML from memory, with no database read and no template. It is never invalidated,
 * so it is no design for Tandem (a page would show what it showed first); it measures the least any implementation
 * of the macros could cost in the load bench, the floor under its ratio (the {@code LOAD-BENCH-FLOOR} line).
 */
final class MemoisedMacros implements Macro {

    private final String name;
    private final Macro macro;
    private final Map<List<Object>, String> html = new ConcurrentHashMap<>();

    private MemoisedMacros(String name, Macro macro) {
        this.name = name;
        this.macro = macro;
    }

    /** Replaces each of the sandbox plugin's macros by its memoised self. */
    static void install(Sandbox sandbox) {
        sandbox.plugin().macros().replaceAll(MemoisedMacros::new);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        ConfluenceUser viewer = AuthenticatedUserThreadLocal.get();
        List<Object> key = List.of(name, Map.copyOf(parameters), body == null ? "" : body,
                viewer == null ? "" : viewer.getKey().getStringValue(),
                context.getEntity() == null ? 0L : context.getEntity().getId());
        String known = html.get(key);
        if (known != null) {
            return known;
        }
        String rendered = macro.execute(parameters, body, context);
        html.put(key, rendered);
        return rendered;
    }

    @Override
    public BodyType getBodyType() {
        return macro.getBodyType();
    }

    @Override
    public OutputType getOutputType() {
        return macro.getOutputType();
    }
}
