package org.tandem.mentoring.web.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.tandem.mentoring.service.PageLookups;
import org.tandem.sandbox.host.SandboxConversionContext;

public class BlockMacroTest {

    /** Renders which look-ups were in force, as the context's property shows them. */
    private static final class Probe extends BlockMacro {
        final List<Object> seen = new ArrayList<>();

        @Override
        protected String render(Map<String, String> parameters, ConversionContext context) {
            seen.add(context == null ? null : context.getProperty(LOOKUPS));
            return "ok";
        }
    }

    @Test
    public void execute_shouldShareOneSetOfLookupsAcrossTheMacrosOfOnePageView() throws Exception {
        Probe first = new Probe();
        Probe second = new Probe();
        ConversionContext page = new SandboxConversionContext(null, "LEAD", "display");
        ConversionContext otherPage = new SandboxConversionContext(null, "LEAD", "display");

        assertEquals("ok", first.execute(Map.of(), null, page));
        second.execute(Map.of(), null, page);
        second.execute(Map.of(), null, otherPage);

        assertSame(first.seen.get(0), second.seen.get(0));
        assertEquals(PageLookups.class, first.seen.get(0).getClass());
        assertNotSame(second.seen.get(0), second.seen.get(1));
    }

    @Test
    public void execute_shouldRenderWithoutAContext() throws Exception {
        Probe probe = new Probe();

        assertEquals("ok", probe.execute(Map.of(), null, null));
    }
}
