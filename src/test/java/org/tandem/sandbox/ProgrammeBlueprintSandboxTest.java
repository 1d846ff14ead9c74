package org.tandem.sandbox;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.store.ProgrammeRepository;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The "Mentoring programme" space blueprint over HTTP with Tandem itself: the create-space dialog offers it, shows
 * its wizard form from the plugin's Soy file, and creating a space makes the pages from the content templates and,
 * through SpaceBlueprintCreateEvent, the programme with its creator as coordinator.
 */
public class ProgrammeBlueprintSandboxTest {

    private static final String ITEM = "tandem-programme-space-item";

    @ClassRule
    public static final SandboxRule sandbox = SandboxRule.plugin("blueprint");
    private static SandboxUsers.Person coordinator;
    private static SandboxUsers.Person staff;

    @BeforeClass
    public static void start() throws Exception {
        coordinator = DemoData.coordinator(sandbox.get().users());
        staff = sandbox.get().users().all().stream()
                .filter(p -> p.level() == 6 && !sandbox.get().permissions().canCreateSpace(p.key())).findFirst()
                .orElseThrow();
    }

    /** The wizard's answers for a space of this key and name. */
    static Map<String, String> form(String key, String name) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("item", ITEM);
        f.put("name", name);
        f.put("spaceKey", key);
        f.put("programmeType", "PEER");
        f.put("startDate", LocalDate.now().plusDays(10).toString());
        f.put("durationMonths", "9");
        f.put("cadence", "FORTNIGHTLY");
        f.put("purpose", "Peers learn from each other <b>across teams</b>.");
        f.put("goals", "Every pair meets twice a month.");
        f.put("openEnrolment", "true");
        return f;
    }

    private static HttpResponse<String> submit(SandboxTestSupport.Client c, Map<String, String> form)
            throws Exception {
        String token = SandboxTestSupport.Client.token(c.get("/create-space?item=" + ITEM).body());
        Map<String, String> all = new LinkedHashMap<>(form);
        all.put("atl_token", token);
        String body = all.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return c.post("/create-space", "application/x-www-form-urlencoded", body);
    }

    private static Optional<Programme> programme(String key) {
        return new ProgrammeRepository(sandbox.get().activeObjects()).findBySpaceKey(key);
    }

    @Test
    public void createSpaceDialog_shouldOfferTheBlueprintAndShowItsWizardForm() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(coordinator.username());
        String dialog = c.get("/create-space").body();
        assertTrue(dialog, dialog.contains("id=\"blueprint-" + ITEM + "\""));
        assertTrue(dialog.contains("Mentoring programme"));
        String icon = "/download/resources/" + ITEM + "/icon.png";
        assertTrue(dialog, dialog.contains("src=\"" + icon + "\""));
        HttpResponse<String> iconResponse = c.get(icon);
        assertEquals(200, iconResponse.statusCode());
        assertTrue(iconResponse.body().startsWith("\u0089PNG") || iconResponse.body().contains("PNG"));
        HttpResponse<String> wizard = c.get("/create-space?item=" + ITEM);
        assertEquals(200, wizard.statusCode());
        for (String field : List.of("name=\"name\"", "name=\"spaceKey\"", "name=\"programmeType\"",
                "name=\"startDate\"", "name=\"durationMonths\"", "name=\"cadence\"", "name=\"purpose\"",
                "name=\"goals\"")) {
            assertTrue(field, wizard.body().contains(field));
        }
        assertTrue(wizard.body().contains("Create a mentoring programme"));
        assertFalse("no raw Soy left", wizard.body().contains("{getText"));
        assertFalse("Soy is not served as a script", wizard.body().contains("wizard-soy.js"));
        assertTrue(wizard.body().contains("blueprint-wizard.js"));
    }

    @Test
    public void createSpace_shouldMakeThePagesAndTheProgrammeWithTheCreatorAsCoordinator() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(coordinator.username());
        HttpResponse<String> r = submit(c, form("PEER27", "Peer mentoring 2027"));
        assertEquals(r.body(), 302, r.statusCode());
        assertEquals("/display/PEER27", r.headers().firstValue("Location").orElse(""));

        SandboxContent.Space space = sandbox.get().content().space("PEER27").orElseThrow();
        assertEquals("Peer mentoring 2027", space.name());
        List<String> titles = sandbox.get().content().pages("PEER27").stream().map(SandboxContent.Page::title).toList();
        assertTrue(titles.toString(), titles.containsAll(List.of("Peer mentoring 2027", "Charter", "How it works",
                "Mentor guide", "Rules of confidentiality", "Enrol")));
        SandboxContent.Page enrol = sandbox.get().content().page("PEER27", "Enrol").orElseThrow();
        assertEquals(space.homePageId(), enrol.parentId());
        SandboxContent.Page rankings = sandbox.get().content().page("PEER27", "Speed-mentoring rankings")
                .orElseThrow();
        assertEquals("the rankings under Pairings", sandbox.get().content().page("PEER27", "Pairings")
                .orElseThrow().id(), (long) rankings.parentId());
        assertTrue(rankings.body(), rankings.body().contains("ac:name=\"tandem-speed-ranking\""));
        assertTrue(sandbox.get().permissions().canAdministerSpace(coordinator.key(), "PEER27"));
        assertTrue(sandbox.get().permissions().canViewSpace(staff.key(), "PEER27"));

        Programme p = programme("PEER27").orElseThrow();
        assertEquals("Peer mentoring 2027", p.name());
        assertEquals(ProgrammeType.PEER, p.type());
        assertEquals(9, p.durationMonths());
        assertEquals(Cadence.FORTNIGHTLY, p.cadence());
        assertEquals(LocalDate.now().plusDays(10), p.startDate());
        assertEquals("Peers learn from each other <b>across teams</b>.", p.purpose());
        assertEquals(ProgrammePhase.ENROLMENT_OPEN, p.phase());

        String home = c.get("/display/PEER27").body();
        assertTrue(home, home.contains("class=\"tandem-programme\""));
        assertFalse(home.contains("sandbox-macro-error"));
        assertFalse("escaped", home.contains("<b>across teams</b>"));
    }

    @Test
    public void createSpace_byADanishCoordinator_shouldWriteThePagesInDanishWithWorkingLinksAndMacros()
            throws Exception {
        assertPagesInTheCreatorsLanguage("da", "DA27");
    }

    @Test
    public void createSpace_byAFrenchCoordinator_shouldWriteThePagesInFrenchWithWorkingLinksAndMacros()
            throws Exception {
        assertPagesInTheCreatorsLanguage("fr", "FR27");
    }

    /**
     * A coordinator reading Confluence in {@code language} creates a space: every page is titled and written in that
     * language (no template element left), every link between the pages names a page of the space, and every page
     * renders its macros without an error.
     */
    private static void assertPagesInTheCreatorsLanguage(String language, String key) throws Exception {
        Locale locale = sandbox.get().locales().choose(coordinator.key(), language).orElseThrow();
        try {
            SandboxTestSupport.Client c = sandbox.client();
            c.signIn(coordinator.username());
            assertEquals(302, submit(c, form(key, "Programme " + key)).statusCode());
        } finally {
            sandbox.get().locales().choose(coordinator.key(), "en");
        }
        PropertiesText texts = new PropertiesText(ProgrammeBlueprintSandboxTest.class.getClassLoader(),
                List.of("i18n/tandem", "i18n/tandem-learning", "i18n/tandem-blueprint-pages"));
        List<SandboxContent.Page> pages = sandbox.get().content().pages(key);
        Set<String> titles = pages.stream().map(SandboxContent.Page::title).collect(Collectors.toSet());
        for (String page : List.of("charter", "how-it-works", "mentor-guide", "confidentiality", "enrol", "pairings",
                "speed-rankings", "dashboards", "managers")) {
            String title = texts.getText(locale, "tandem.blueprint.page." + page);
            assertFalse(title, title.equals(texts.getText(Locale.ENGLISH, "tandem.blueprint.page." + page)));
            assertTrue(title + " in " + titles, titles.contains(title));
        }
        SandboxContent.Page enrol = sandbox.get().content()
                .page(key, texts.getText(locale, "tandem.blueprint.page.enrol")).orElseThrow();
        assertTrue(enrol.body(), enrol.body().contains(SandboxVelocity.escape(
                texts.getText(locale, "tandem.blueprint.text.enrol.intro"))));

        Pattern link = Pattern.compile("ri:content-title=\"([^\"]*)\"");
        int links = 0;
        SandboxTestSupport.Client reader = sandbox.client();
        reader.signIn(staff.username());
        for (SandboxContent.Page page : pages) {
            assertFalse(page.title() + ": " + page.body(), page.body().contains("<at:"));
            Matcher m = link.matcher(page.body());
            while (m.find()) {
                String target = m.group(1).replace("&quot;", "\"").replace("&amp;", "&");
                assertTrue(page.title() + " links to " + target, titles.contains(target));
                links++;
            }
            HttpResponse<String> shown = reader.get(StorageFormat.pageUrl(key, page.title()));
            assertEquals(page.title(), 200, shown.statusCode());
            assertFalse(page.title() + ": " + shown.body(), shown.body().contains("sandbox-macro-error"));
        }
        assertEquals("links on Home (5), Enrol (2), How it works (2), Dashboards (1) and the rankings (1)", 11, links);
        String home = reader.get("/display/" + key).body();
        assertTrue(home, home.contains("class=\"tandem-programme\""));
        assertTrue(home, home.contains(SandboxVelocity.escape(
                texts.getText(locale, "tandem.blueprint.text.home.welcome"))));
        String enrolShown = reader.get(StorageFormat.pageUrl(key, enrol.title())).body();
        assertTrue(enrolShown, enrolShown.contains("data-tandem-enrol"));
    }

    @Test
    public void createSpace_withBadCharter_shouldStillGiveTheSpaceADraftProgramme() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(coordinator.username());
        Map<String, String> f = form("DRAFT27", "Draft programme");
        f.put("startDate", "next spring");
        f.put("cadence", "HOURLY");
        f.put("goals", "");
        assertEquals(302, submit(c, f).statusCode());
        Programme p = programme("DRAFT27").orElseThrow();
        assertEquals(ProgrammePhase.DRAFT, p.phase());
        assertEquals(null, p.startDate());
        assertEquals(Cadence.MONTHLY, p.cadence());
        assertEquals(ProgrammeType.PEER, p.type());
    }

    @Test
    public void createSpace_withATakenKey_shouldCreateNothingAndSaySo() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(coordinator.username());
        int spaces = sandbox.get().content().spaces().size();
        HttpResponse<String> r = submit(c, form(DemoData.SPACE, "Another"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("A space with this key already exists."));
        assertTrue("the fields come back", r.body().contains("&quot;name&quot;:&quot;Another&quot;"));
        assertEquals(spaces, sandbox.get().content().spaces().size());
    }

    @Test
    public void createSpace_bySomeoneWhoMayNotCreateSpaces_shouldBeRefused() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(staff.username());
        assertEquals(404, c.get("/create-space").statusCode());
        assertFalse(c.get("/").body().contains("create-space-button"));
        String token = SandboxTestSupport.Client.token(c.get("/").body());
        HttpResponse<String> r = c.post("/create-space", "application/x-www-form-urlencoded",
                "item=" + ITEM + "&name=Mine&spaceKey=MINE&atl_token=" + token);
        assertEquals(404, r.statusCode());
        assertTrue(sandbox.get().content().space("MINE").isEmpty());
        assertTrue(programme("MINE").isEmpty());
    }

    @Test
    public void removeSpace_thenANewSpaceWithTheSameKey_shouldNotGetTheOldProgramme() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(coordinator.username());
        assertEquals(302, submit(c, form("REUSE27", "First cohort")).statusCode());
        Programme old = programme("REUSE27").orElseThrow();

        sandbox.get().removeSpace("REUSE27");
        Programme archived = new ProgrammeRepository(sandbox.get().activeObjects()).findById(old.id()).orElseThrow();
        assertEquals(ProgrammePhase.ARCHIVED, archived.phase());
        assertEquals(null, archived.spaceKey());
        assertTrue("the removed space leaves no programme behind its key", programme("REUSE27").isEmpty());

        assertEquals(302, submit(c, form("REUSE27", "Somebody else's space")).statusCode());
        Programme fresh = programme("REUSE27").orElseThrow();
        assertTrue(fresh.id() != old.id());
        assertEquals("Somebody else's space", fresh.name());
        assertEquals(sandbox.get().content().space("REUSE27").orElseThrow().id(), fresh.spaceId());
        assertEquals(404, c.get("/rest/tandem/1.0/programmes/" + old.id()).statusCode());
    }

    @Test
    public void aSpaceRemovedUnheard_shouldNotHandItsProgrammeToANewSpaceWithTheSameKey() throws Exception {
        SandboxTestSupport.Client c = sandbox.client();
        c.signIn(coordinator.username());
        assertEquals(302, submit(c, form("UNHEARD27", "First cohort")).statusCode());
        Programme old = programme("UNHEARD27").orElseThrow();
        sandbox.get().content().removeSpace("UNHEARD27");

        assertEquals(302, submit(c, form("UNHEARD27", "A new space")).statusCode());
        assertEquals(404, c.get("/rest/tandem/1.0/programmes/" + old.id()).statusCode());
        ProgrammeRepository repository = new ProgrammeRepository(sandbox.get().activeObjects());
        assertEquals(ProgrammePhase.ARCHIVED, repository.findById(old.id()).orElseThrow().phase());
        Programme fresh = programme("UNHEARD27").orElseThrow();
        assertTrue(fresh.id() != old.id());
        assertEquals("A new space", fresh.name());
    }
}
