package org.tandem.sandbox.testplugin;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** The test plugin's stand-in for tandem-programme: renders a template with the space, the viewer and a note. */
public class TestProgrammeMacro implements Macro {

    private final TemplateRenderer renderer;
    private final ProgrammeSummary summary;
    private final PageBuilderService pageBuilder;

    public TestProgrammeMacro(@ComponentImport TemplateRenderer renderer, ProgrammeSummary summary,
                              @ComponentImport PageBuilderService pageBuilder) {
        this.renderer = renderer;
        this.summary = summary;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        pageBuilder.assembler().resources().requireWebResource("org.tandem.sandbox-test:test-resources");
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("space", parameters.getOrDefault("space", context.getSpaceKey()));
        ctx.put("viewer", summary.viewerName());
        ctx.put("note", parameters.getOrDefault("note", ""));
        ctx.put("pageTitle", context.getEntity() == null ? "" : context.getEntity().getTitle());
        StringWriter w = new StringWriter();
        try {
            renderer.render(parameters.containsKey("unsafe") ? "sandbox/testplugin/unsafe.vm"
                    : "sandbox/testplugin/programme.vm", ctx, w);
        } catch (IOException e) {
            throw new MacroExecutionException(e);
        }
        return w.toString();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
