package org.tandem.mentoring.web.macro.dashboard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mockito;
import org.tandem.mentoring.host.HostSettings;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.dashboard.ProgrammeDashboards;
import org.tandem.mentoring.service.learning.Learnings;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.DashboardFixture;
import org.tandem.mentoring.store.DashboardRepository;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.StoreSchema;
import org.tandem.mentoring.web.PropertiesI18n;
import org.tandem.sandbox.SandboxVelocity;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;
import org.tandem.mentoring.service.access.Writes;

/**
 * The programme dashboard rendered from the store through its template: a figure about fewer than five people reads
 * "fewer than 5" and never its number, larger figures show as numbers, and the CSV links start with Confluence's
 * context path.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(StoreSchema.class)
@NameConverters
public class ProgrammeDashboardRenderingTest {

    private EntityManager entityManager;

    /** The fixture commits its rows; the store tests that run later in the same schema start from empty tables. */
    @org.junit.After
    public void emptyTheTables() {
        org.tandem.mentoring.store.StoreTables.empty(entityManager);
    }

    @SuppressWarnings("unchecked")
    private String render(int pairings) throws Exception {
        return render(pairings, Optional.empty());
    }

    @SuppressWarnings("unchecked")
    private String render(int pairings, Optional<Integer> smallestGroup) throws Exception {
        return render(pairings, smallestGroup, Map.of("space", "SMALL"));
    }

    @SuppressWarnings("unchecked")
    private String render(int pairings, Optional<Integer> smallestGroup, Map<String, String> parameters)
            throws Exception {
        int id = DashboardFixture.seed(entityManager, "Small", pairings);
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        ProgrammeRepository programmes = new ProgrammeRepository(ao);
        ProgrammeGate gate = mock(ProgrammeGate.class);
        when(gate.viewer()).thenReturn(Optional.of("coordinator"));
        when(gate.coordinates(anyString(), any())).thenReturn(true);
        when(gate.inSpace(any(), anyString())).thenReturn(programmes.findById(id));
        when(gate.inTransaction(any(Supplier.class))).thenAnswer(i -> ((Supplier<?>) i.getArgument(0)).get());
        HostUsers users = mock(HostUsers.class);
        when(users.displayName(anyString())).thenAnswer(i -> i.getArgument(0));
        HostSettings settings = mock(HostSettings.class);
        when(settings.dashboardSmallestGroup()).thenReturn(smallestGroup);
        Learnings learnings = mock(Learnings.class);
        when(learnings.sharedCountsByTheme(anyInt())).thenReturn(Map.of());
        SandboxVelocity velocity = new SandboxVelocity(SandboxVelocity.pluginAllowlist());
        TemplateRenderer renderer = mock(TemplateRenderer.class);
        Mockito.doAnswer(i -> {
            velocity.renderTemplate(i.getArgument(0), (Map<String, ?>) i.getArgument(1), (Writer) i.getArgument(2));
            return null;
        }).when(renderer).render(anyString(), any(Map.class), any(Writer.class));
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        ProgrammeDashboardMacro macro = new ProgrammeDashboardMacro(new ProgrammeDashboards(gate, programmes,
                new DashboardRepository(ao), learnings, users, settings,
                new org.tandem.mentoring.host.HostClock(Optional.empty())), application, renderer,
                new PropertiesI18n(), mock(PageBuilderService.class, Mockito.RETURNS_DEEP_STUBS),
                new org.tandem.mentoring.service.survey.Surveys(gate, programmes,
                        new org.tandem.mentoring.store.SurveyRepository(ao, mock(org.tandem.mentoring.store.NoteKeys.class)),
                        new org.tandem.mentoring.host.HostClock(Optional.empty())), english(), mock(Writes.class));
        return macro.execute(parameters, "", mock(ConversionContext.class,
                Mockito.RETURNS_DEEP_STUBS));
    }

    private static String section(String html, String id) {
        Matcher m = Pattern.compile("data-dashboard-section=\"" + id + "\".*?</section>", Pattern.DOTALL)
                .matcher(html);
        assertTrue("no section " + id + " in " + html, m.find());
        return m.group();
    }

    @Test
    public void execute_shouldShowFewerThanFiveForSmallGroups() throws Exception {
        String html = render(16);

        // two managers held expectations meetings: too few to show
        String managers = section(html, "managers");
        assertTrue(managers, managers.contains("fewer than 5"));
        assertFalse(managers, managers.matches("(?s).*<td>[1-4]</td>.*"));
        // sixteen mentees approved: shown as a number
        assertTrue(section(html, "funnel").contains("<td>16</td>"));
        assertTrue(html, html.contains("href=\"/confluence/rest/tandem/1.0/dashboards/programmes/"));
    }

    @Test
    public void execute_shouldShowRetentionAndHideTheSmallGroup() throws Exception {
        String html = render(16);

        // sixteen mentees, all still in the org chart; the director and two managers took no part: too few
        String retention = section(html, "retention");
        assertTrue(retention, retention.contains("After 12 months (Mar 1, 2026)"));
        assertTrue(retention, retention.matches("(?s).*Mentees</th><td>16</td><td>100%</td><td>100%</td><td>100%</td>.*"));
        assertTrue(retention, retention.matches("(?s).*Non-participants</th><td>fewer than 5</td><td>fewer than 5</td>.*"));
    }

    @Test
    public void execute_shouldHideGroupsBelowTheThresholdAnAdministratorRaised() throws Exception {
        String html = render(16, Optional.of(20));

        // sixteen mentees approved: now fewer than 20
        String funnel = section(html, "funnel");
        assertTrue(funnel, funnel.contains("fewer than 20"));
        assertFalse(funnel, funnel.contains("<td>16</td>"));
    }

    @Test
    public void execute_shouldNotRepeatTheCrossProgrammeViewsTitle() throws Exception {
        String html = render(16, Optional.empty(), Map.of("view", "all"));

        // the page holding the view carries its title; the view itself names its one section once
        assertFalse(html, html.contains("All programmes"));
        assertEquals(html, 1, html.split("<h2>Programmes side by side</h2>", -1).length - 1);
        assertFalse(html, html.contains("<h3>"));
    }

    private static org.tandem.mentoring.service.ViewerLanguage english() {
        org.tandem.mentoring.service.ViewerLanguage language = mock(org.tandem.mentoring.service.ViewerLanguage.class);
        when(language.locale()).thenReturn(java.util.Locale.ENGLISH);
        return language;
    }
}
