package org.tandem.mentoring.web.macro.enrol;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantRole;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.enrolment.Application;
import org.tandem.mentoring.service.enrolment.ApplicationAction;
import org.tandem.mentoring.service.enrolment.ApplicationDecisions;
import org.tandem.mentoring.service.enrolment.ApplicationForm;
import org.tandem.mentoring.service.enrolment.Applications;
import org.tandem.mentoring.service.enrolment.EnrolmentPage;
import org.tandem.mentoring.service.enrolment.EnrolmentQueries;
import org.tandem.mentoring.service.enrolment.EnrolmentRefusals;
import org.tandem.mentoring.web.PropertiesI18n;
import org.tandem.mentoring.web.rest.RestPipeline;
import org.tandem.mentoring.web.rest.enrolment.ApplicationResource;
import org.tandem.mentoring.web.rest.enrolment.ProgrammeApplicationsResource;
import org.tandem.sandbox.BrowserRule;
import org.tandem.sandbox.SandboxTestSupport;
import org.tandem.sandbox.SandboxVelocity;
import org.tandem.mentoring.service.access.Writes;

/**
 * The enrolment form in a real browser: the macro's HTML, AUI's script, {@code js/tandem-rest.js} and
 * {@code js/enrol.js} served by Jetty, the REST resources running in Jersey with a mocked service behind them,
 * Debian's Chromium driving the page.
 */
public class EnrolFormBrowserIT {

    @ClassRule
    public static final BrowserRule chromium = new BrowserRule();

    private static final Path AUI = SandboxTestSupport.basedir().resolve("src/test/sandbox-web/node_modules");
    private static final EnrolmentQueries QUERIES = mock(EnrolmentQueries.class);
    private static final Applications APPLICATIONS = mock(Applications.class);
    private static final ApplicationDecisions DECISIONS = mock(ApplicationDecisions.class);
    private static final AtomicInteger PAGE_LOADS = new AtomicInteger();
    private static Server server;
    private static String base;

    private final Programme programme = new Programme(7, 1, "Leaders of tomorrow", "MENTOR",
            ProgrammeType.ONE_TO_ONE, null, null, LocalDate.of(2027, 1, 1), 12, Cadence.MONTHLY, null, true, false,
            ProgrammePhase.ENROLMENT_OPEN);
    private final List<LearningTheme> themes = List.of(
            new LearningTheme(1, 1, null, "New in role", "Delegating"),
            new LearningTheme(2, 1, null, "Struggling", "Prioritising"));

    @BeforeClass
    public static void start() throws Exception {
        PropertiesI18n i18n = new PropertiesI18n("/i18n/tandem.properties", "/i18n/tandem-enrolment.properties");
        ResourceConfig rest = RestPipeline.withMappers(new ResourceConfig()
                .register(new ProgrammeApplicationsResource(QUERIES, APPLICATIONS))
                .register(new ApplicationResource(QUERIES, APPLICATIONS, DECISIONS))
                .register(JacksonFeature.class), i18n);
        SandboxVelocity velocity = new SandboxVelocity();
        TemplateRenderer renderer = mock(TemplateRenderer.class);
        doAnswer(call -> {
            velocity.renderTemplate(call.getArgument(0), call.getArgument(1), call.getArgument(2));
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        ConversionContext context = mock(ConversionContext.class);
        when(context.getSpaceKey()).thenReturn("MENTOR");
        EnrolMacro macro = new EnrolMacro(QUERIES, renderer, i18n,
                mock(PageBuilderService.class, Mockito.RETURNS_DEEP_STUBS), org.tandem.mentoring.web.Languages.english(), mock(Writes.class));

        ServletContextHandler handler = new ServletContextHandler();
        handler.addServlet(new ServletHolder(new ServletContainer(rest)), "/rest/tandem/1.0/*");
        handler.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                PAGE_LOADS.incrementAndGet();
                response.setContentType("text/html; charset=UTF-8");
                try {
                    response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Enrol"
                            + "</title><script src=\"/aui/jquery.min.js\"></script>"
                            + "<script src=\"/aui/aui/aui-prototyping.js\"></script></head><body>"
                            + macro.execute(Map.of(), null, context)
                            + "<script src=\"/js/tandem-rest.js\"></script>"
                            + "<script src=\"/js/enrol.js\"></script></body></html>");
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
        }), "/page");
        handler.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                String name = request.getPathInfo();
                try (InputStream in = name == null || name.contains("..") ? null
                        : EnrolFormBrowserIT.class.getResourceAsStream("/js" + name)) {
                    if (in == null) {
                        response.sendError(404);
                        return;
                    }
                    response.setContentType("application/javascript; charset=UTF-8");
                    in.transferTo(response.getOutputStream());
                }
            }
        }), "/js/*");
        handler.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                String name = request.getPathInfo();
                Path file = name == null ? null
                        : name.equals("/jquery.min.js") ? AUI.resolve("jquery/dist/jquery.min.js")
                        : AUI.resolve("@atlassian/aui/dist").resolve(name.substring(1)).normalize();
                if (file == null || !file.startsWith(AUI) || !Files.isRegularFile(file)) {
                    response.sendError(404);
                    return;
                }
                response.setContentType("application/javascript; charset=UTF-8");
                Files.copy(file, response.getOutputStream());
            }
        }), "/aui/*");
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        server.setHandler(handler);
        server.start();
        base = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @AfterClass
    public static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Before
    public void resetService() {
        reset(QUERIES, APPLICATIONS, DECISIONS);
    }

    @Test
    public void applying_shouldShowTheServersFieldErrorsNextToTheFields() {
        when(QUERIES.pageForSpace("MENTOR")).thenReturn(Optional.of(page(null)));
        Map<String, FieldError> errors = new LinkedHashMap<>();
        errors.put("capacity", FieldError.of("tandem.enrol.error.capacity.range", 1, 10));
        errors.put("motivation", FieldError.of("tandem.enrol.error.motivation.missing"));
        errors.put("programme", FieldError.of("tandem.enrol.error.programme.closed"));
        when(APPLICATIONS.apply(anyInt(), any())).thenThrow(EnrolmentRefusals.invalid(errors));
        open();

        browser().findElement(By.id("tandem-enrol-role-mentor")).click();
        browser().findElement(By.id("tandem-enrol-theme-2")).click();
        WebElement capacity = browser().findElement(By.id("tandem-enrol-capacity"));
        capacity.clear();
        capacity.sendKeys("0");
        browser().findElement(By.cssSelector("button[type=submit]")).click();

        waitFor(() -> !errorFor("capacity").isEmpty());
        assertEquals("A mentor takes between 1 and 10 mentees.", errorFor("capacity"));
        assertEquals("Tell us why you want to mentor.", errorFor("motivation"));
        assertEquals("This programme does not take applications now.", errorFor("programme"));
        assertEquals("", errorFor("goals"));
        assertEquals("true", capacity.getAttribute("aria-invalid"));
        assertTrue(browser().findElement(By.cssSelector(".tandem-enrol-form-error")).isDisplayed());
        ArgumentCaptor<ApplicationForm> form = ArgumentCaptor.forClass(ApplicationForm.class);
        verify(APPLICATIONS).apply(eq(7), form.capture());
        assertEquals(ParticipantRole.MENTOR, form.getValue().role());
        assertEquals(List.of(2), form.getValue().themeIds());
        assertEquals(Integer.valueOf(0), form.getValue().capacity());
        assertEquals(1, PAGE_LOADS.get());
    }

    @Test
    public void applying_shouldReloadThePageOnSuccess() {
        when(QUERIES.pageForSpace("MENTOR")).thenReturn(Optional.of(page(null)));
        when(APPLICATIONS.apply(anyInt(), any())).thenReturn(application(Set.of()));
        open();

        browser().findElement(By.id("tandem-enrol-theme-1")).click();
        browser().findElement(By.id("tandem-enrol-goals")).sendKeys("Learn to delegate <well>");
        new Select(browser().findElement(By.id("tandem-enrol-preferred"))).selectByValue("olga");
        browser().findElement(By.cssSelector("button[type=submit]")).click();

        waitFor(() -> PAGE_LOADS.get() == 2);
        ArgumentCaptor<ApplicationForm> form = ArgumentCaptor.forClass(ApplicationForm.class);
        verify(APPLICATIONS).apply(eq(7), form.capture());
        assertEquals(ParticipantRole.MENTEE, form.getValue().role());
        assertEquals("Learn to delegate <well>", form.getValue().goals());
        assertEquals(List.of(1), form.getValue().themeIds());
        assertEquals(List.of("olga"), form.getValue().preferredUserKeys());
        assertEquals(List.of(), form.getValue().excludedUserKeys());
    }

    @Test
    public void choosingARole_shouldShowOnlyItsFields() {
        when(QUERIES.pageForSpace("MENTOR")).thenReturn(Optional.of(page(null)));
        open();

        assertTrue(browser().findElement(By.id("tandem-enrol-goals")).isDisplayed());
        assertFalse(browser().findElement(By.id("tandem-enrol-motivation")).isDisplayed());
        browser().findElement(By.id("tandem-enrol-role-mentor")).click();
        assertFalse(browser().findElement(By.id("tandem-enrol-goals")).isDisplayed());
        assertTrue(browser().findElement(By.id("tandem-enrol-motivation")).isDisplayed());
    }

    @Test
    public void withdrawing_shouldSendTheVersionAndReload() {
        when(QUERIES.pageForSpace("MENTOR")).thenReturn(Optional.of(page(
                application(Set.of(ApplicationAction.EDIT, ApplicationAction.WITHDRAW)))));
        when(APPLICATIONS.withdraw(21, 4)).thenReturn(application(Set.of()));
        open();

        browser().findElement(By.cssSelector("button[data-action=withdraw]")).click();
        new WebDriverWait(browser(), Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".tandem-dialog [data-dialog-confirm]"))).click();

        waitFor(() -> PAGE_LOADS.get() == 2);
        verify(APPLICATIONS).withdraw(21, 4);
    }

    @Test
    public void withdrawing_shouldAskInADialogThatEscapeClosesWithoutWithdrawing() {
        when(QUERIES.pageForSpace("MENTOR")).thenReturn(Optional.of(page(
                application(Set.of(ApplicationAction.EDIT, ApplicationAction.WITHDRAW)))));
        open();
        WebElement withdraw = browser().findElement(By.cssSelector("button[data-action=withdraw]"));

        withdraw.click();
        WebElement dialog = new WebDriverWait(browser(), Duration.ofSeconds(20)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tandem-dialog")));
        assertTrue(dialog.getText().contains("Withdraw your application?"));
        new WebDriverWait(browser(), Duration.ofSeconds(5)).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript(
                        "return document.querySelector('.tandem-dialog').contains(document.activeElement);")));
        browser().switchTo().activeElement().sendKeys(Keys.ESCAPE);

        new WebDriverWait(browser(), Duration.ofSeconds(5)).until(
                ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tandem-dialog")));
        new WebDriverWait(browser(), Duration.ofSeconds(5)).until(driver -> withdraw.equals(
                driver.switchTo().activeElement()));
        verify(APPLICATIONS, Mockito.never()).withdraw(anyInt(), anyInt());
        assertEquals(1, PAGE_LOADS.get());
    }

    @Test
    public void editing_shouldPutTheChangesWithTheVersion() {
        when(QUERIES.pageForSpace("MENTOR")).thenReturn(Optional.of(page(
                application(Set.of(ApplicationAction.EDIT, ApplicationAction.WITHDRAW)))));
        when(APPLICATIONS.edit(anyInt(), anyInt(), any())).thenReturn(application(Set.of()));
        open();

        assertFalse(browser().findElement(By.cssSelector(".tandem-enrol-form")).isDisplayed());
        browser().findElement(By.cssSelector("button[data-action=edit]")).click();
        assertTrue(browser().findElement(By.cssSelector(".tandem-enrol-form")).isDisplayed());
        WebElement availability = browser().findElement(By.id("tandem-enrol-availability"));
        availability.clear();
        availability.sendKeys("Fridays");
        browser().findElement(By.cssSelector("button[type=submit]")).click();

        waitFor(() -> PAGE_LOADS.get() == 2);
        ArgumentCaptor<ApplicationForm> form = ArgumentCaptor.forClass(ApplicationForm.class);
        verify(APPLICATIONS).edit(eq(21), eq(4), form.capture());
        assertEquals("Fridays", form.getValue().availability());
        assertEquals(List.of(1), form.getValue().themeIds());
    }

    private static WebDriver browser() {
        return chromium.driver();
    }

    private void open() {
        PAGE_LOADS.set(0);
        browser().get(base + "/page");
    }

    private String errorFor(String field) {
        return browser().findElement(By.cssSelector("[data-error-for=" + field + "]")).getText();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser(), Duration.ofSeconds(20)).until(driver -> condition.getAsBoolean());
    }

    private EnrolmentPage page(Application application) {
        return new EnrolmentPage(programme, true, true, themes, Map.of("olga", "Olga Ek"), "boss", "Bo Ss",
                Optional.ofNullable(application));
    }

    private static Application application(Set<ApplicationAction> actions) {
        Participant participant = new Participant(21, 4, 7, "mia", ParticipantRole.MENTEE, List.of(1), 1, null,
                "Learn to delegate", null, "Tuesdays", List.of(), List.of(), ParticipantState.AWAITING_MANAGER,
                "mia", Instant.parse("2026-11-23T10:15:30Z"));
        return new Application(participant, List.of(new LearningTheme(1, 1, null, "New in role", "Delegating")),
                "boss", null, false, false, Map.of("mia", "Mia Berg", "boss", "Bo Ss"), actions);
    }
}
