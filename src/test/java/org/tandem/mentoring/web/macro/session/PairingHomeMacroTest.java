package org.tandem.mentoring.web.macro.session;

import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.service.session.PairingHomeService;
import org.tandem.mentoring.service.session.SessionViews.PairingHomeView;
import org.tandem.mentoring.web.PropertiesI18n;
import org.tandem.sandbox.SandboxVelocity;
import org.tandem.mentoring.service.access.Writes;

public class PairingHomeMacroTest {

    private final PairingHomeService homes = mock(PairingHomeService.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final ConversionContext context = mock(ConversionContext.class);
    private final ContentEntityObject entity = mock(ContentEntityObject.class);
    private final SandboxVelocity velocity = new SandboxVelocity();
    private final PairingHomeMacro macro = new PairingHomeMacro(homes, application, renderer, new PropertiesI18n(),
            pageBuilder, mock(Writes.class));

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() throws Exception {
        doAnswer(call -> {
            velocity.renderTemplate(call.getArgument(0), (Map<String, Object>) call.getArgument(1),
                    call.getArgument(2));
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        when(context.getEntity()).thenReturn(entity);
        when(entity.getId()).thenReturn(77L);
        when(homes.homeOfPage(77L)).thenReturn(Optional.of(new PairingHomeView(12, 1, "Mia Berg", "Olga Ek",
                "Lead the team", List.of("Delegating"), "every 2 weeks", "FORTNIGHTLY", false, List.of("WEEKLY"),
                "2026-03-16", false, List.of(), List.of(), List.of(), "every 2 weeks")));
    }

    @Test
    public void execute_shouldLinkTheCalendarFileBelowConfluencesContextPath() throws Exception {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains(
                "href=\"/confluence/rest/tandem/1.0/session-pairings/12/next-session.ics\""));
    }

    @Test
    public void execute_shouldLinkTheCalendarFileFromTheRootWithoutAContextPath() throws Exception {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("");

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("href=\"/rest/tandem/1.0/session-pairings/12/next-session.ics\""));
    }
}
