package org.tandem.mentoring.web.macro.pairing;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.Writer;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.directive.DirectiveConstants;
import org.apache.velocity.runtime.parser.node.Node;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.PairingWarning;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.service.pairing.Audience;
import org.tandem.mentoring.service.pairing.PairingAction;
import org.tandem.mentoring.service.pairing.PairingBoard;
import org.tandem.mentoring.service.pairing.PairingService;
import org.tandem.mentoring.service.pairing.PairingView;

public class PairingMacroTest {

    private static final Properties STRINGS = new Properties();

    private final PairingService service = mock(PairingService.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final ConversionContext context = mock(ConversionContext.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final PairingMacro macro = new PairingMacro(service, renderer, i18n, pageBuilder);
    private final VelocityEngine velocity = new VelocityEngine();

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/i18n/tandem-pairing.properties")) {
            STRINGS.load(in);
        }
        when(i18n.getText(anyString())).thenAnswer(call -> text(call.getArgument(0)));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> {
            Object[] all = call.getArguments();
            Object[] args = java.util.Arrays.copyOfRange(all, 1, all.length);
            if (args.length == 1 && args[0] instanceof Object[] packed) {
                args = packed;
            }
            return new MessageFormat(text((String) all[0]), Locale.ENGLISH).format(args);
        });
        Properties settings = new Properties();
        settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        settings.setProperty("resource.loader.class.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        settings.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, HtmlSafe.class.getName());
        velocity.init(settings);
        doAnswer(call -> {
            VelocityContext model = new VelocityContext(new HashMap<>((Map<String, Object>) call.getArgument(1)));
            EventCartridge cartridge = new EventCartridge();
            cartridge.addReferenceInsertionEventHandler(new Escape());
            cartridge.attachToContext(model);
            Template template = velocity.getTemplate(call.getArgument(0), "UTF-8");
            template.merge(model, (Writer) call.getArgument(2));
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        when(context.getSpaceKey()).thenReturn("MENTOR");
    }

    @Test
    public void execute_shouldShowCoordinatorsScoresExplanationsWarningsAndTheirTools() throws Exception {
        when(service.boardForSpace("MENTOR")).thenReturn(Optional.of(new PairingBoard(7, "Leaders", true, true,
                List.of(coordinatorRow()), List.of())));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("Pairings of Leaders"));
        assertTrue(html, html.contains("data-pairing-command=\"run\""));
        assertTrue(html, html.contains("<td class=\"tandem-pairing-score\">25</td>"));
        assertTrue(html, html.contains("2 shared themes: Delegating, Prioritising"));
        assertTrue(html, html.contains("Mentee and mentor work in the same department."));
        assertTrue(html, html.contains("data-pairing-action=\"REMOVE\""));
        assertFalse(html, html.contains("data-pairing-action=\"SWAP\""));
    }

    @Test
    public void execute_shouldEscapeEverythingPeopleTyped() throws Exception {
        when(service.boardForSpace("MENTOR")).thenReturn(Optional.of(new PairingBoard(7, "<b>Leaders</b>", true,
                true, List.of(coordinatorRow()), List.of())));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("&lt;b&gt;Leaders&lt;/b&gt;"));
        assertTrue(html, html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html, html.contains("<script>"));
    }

    @Test
    public void execute_shouldShowAManagerTheReportAndTheAcknowledgementOnly() throws Exception {
        PairingView managerRow = new PairingView(31, 4, 7, Audience.MANAGER, PairingState.PROPOSED, "mia", null,
                null, null, null, null, null, null, Map.of(Party.MANAGER, Consent.PENDING), null, null, null,
                Set.of(PairingAction.ACKNOWLEDGE), Map.of("mia", "Mia Berg"));
        when(service.boardForSpace("MENTOR")).thenReturn(Optional.of(new PairingBoard(7, "Leaders", false, true,
                List.of(managerRow), List.of(managerRow))));

        String html = macro.execute(Map.of(), null, context);

        assertTrue(html, html.contains("Waiting for your answer"));
        assertTrue(html, html.contains("<td class=\"tandem-pairing-mentor\"></td>"));
        assertTrue(html, html.contains("data-pairing-action=\"ACKNOWLEDGE\""));
        assertFalse(html, html.contains("data-pairing-command"));
        assertFalse(html, html.contains("tandem-pairing-score"));
    }

    @Test
    public void execute_shouldSayThereIsNothingToSeeAndStillLoadTheScript() throws Exception {
        when(service.boardForSpace("OTHER")).thenReturn(Optional.empty());

        String html = macro.execute(Map.of("space", "OTHER"), null, context);

        assertTrue(html, html.contains("There is no mentoring programme in this space that you may see."));
        verify(pageBuilder.assembler().resources()).requireWebResource(PairingMacro.WEB_RESOURCE);
    }

    private static PairingView coordinatorRow() {
        Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        points.put(Criterion.THEME_FIT, 20);
        return new PairingView(31, 4, 7, Audience.COORDINATOR, PairingState.STAGED, "mia", "olga", 25, points,
                new Explanation(List.of(Explanation.Part.of("tandem.matching.reason.themes", 2,
                        "Delegating, Prioritising"))), Set.of(PairingWarning.SAME_DEPARTMENT),
                "<script>alert(1)</script>", null, Map.of(), "carol", null, null,
                Set.of(PairingAction.REMOVE, PairingAction.SWAP), Map.of("mia", "Mia Berg", "olga", "Olga Ek"));
    }

    private static String text(String key) {
        return STRINGS.getProperty(key, key);
    }

    /** HTML-escapes every reference, as Confluence does in a template that declares {@code #htmlSafe()}. */
    static final class Escape implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(org.apache.velocity.context.Context context, String reference, Object value) {
            if (value == null) {
                return null;
            }
            return value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\"", "&quot;").replace("'", "&#39;");
        }
    }

    /** The {@code #htmlSafe()} marker; escaping is always on here. */
    public static final class HtmlSafe extends Directive {
        @Override
        public String getName() {
            return "htmlSafe";
        }

        @Override
        public int getType() {
            return DirectiveConstants.LINE;
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer, Node node) throws IOException {
            return true;
        }
    }
}
