package org.tandem.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.event.events.user.UserDeactivateEvent;
import com.atlassian.confluence.event.events.user.UserRemoveCompletedEvent;
import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.crowd.event.user.UserDeletedEvent;
import com.atlassian.crowd.event.user.UsersDeletedEvent;
import com.atlassian.crowd.event.user.UserEditedEvent;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;
import org.tandem.sandbox.host.SandboxAccessMode;
import org.tandem.sandbox.host.SandboxLicence;
import org.tandem.sandbox.host.SandboxContentServices;
import org.tandem.sandbox.host.SandboxConversionContext;
import org.tandem.sandbox.host.SandboxDirectory;
import org.tandem.sandbox.host.SandboxEvents;
import org.tandem.sandbox.host.SandboxI18n;
import org.tandem.sandbox.host.SandboxLocales;
import org.tandem.sandbox.host.SandboxTimeZones;
import org.tandem.sandbox.host.SandboxPageBuilder;
import org.tandem.sandbox.host.SandboxPermissionManager;
import org.tandem.sandbox.host.SandboxPluginSettings;
import org.tandem.sandbox.host.SandboxSal;
import org.tandem.sandbox.host.SandboxSchedulerService;
import org.tandem.sandbox.host.SandboxUser;
import org.tandem.sandbox.host.SandboxUserServices;
import org.tandem.sandbox.host.SandboxWebSudo;
import org.tandem.sandbox.host.VelocityTemplateRenderer;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tandem without Confluence: the host services, the plugin booted from its descriptor, the demo data and the web
 * server, started together and closed together.
 */
public final class Sandbox implements AutoCloseable {

    /**
     * @param port              0 for any free port
     * @param descriptor        classpath resource of the plugin descriptor
     * @param componentPackages where the plugin's components live
     * @param webDir            the folder holding node_modules with @atlassian/aui (may be missing: no look then)
     * @param database          H2 in dataDir, or a PostgreSQL schema several nodes share (dataDir is then their
     *                          shared home)
     * @param node              this node's name, shown in the footer
     */
    public record Config(int port, Path dataDir, String descriptor, List<String> componentPackages,
                         boolean excludeTestClasses, Path webDir, long seed, SandboxDatabase.Settings database,
                         String node) {

        public static Config forPlugin(int port, Path dataDir, Path webDir) {
            return new Config(port, dataDir, "atlassian-plugin.xml", List.of("org.tandem.mentoring"), true, webDir,
                    20260101L, SandboxDatabase.Settings.H2, "node-1");
        }

        public Config withDescriptor(String resource, List<String> packages) {
            return new Config(port, dataDir, resource, packages, false, webDir, seed, database, node);
        }

        public Config withDatabase(SandboxDatabase.Settings settings) {
            return new Config(port, dataDir, descriptor, componentPackages, excludeTestClasses, webDir, seed,
                    settings, node);
        }

        public Config withNode(String name) {
            return new Config(port, dataDir, descriptor, componentPackages, excludeTestClasses, webDir, seed,
                    database, name);
        }
    }

    private final Config config;
    private final ClassLoader loader = Sandbox.class.getClassLoader();
    private final PluginDescriptor descriptor;
    private final SandboxDatabase db;
    private final SandboxUsers users = new SandboxUsers();
    private final SandboxContent content;
    private final SandboxPermissions permissions;
    private final RequestScope scope = new RequestScope();
    private final SandboxVelocity velocity;
    private final PropertiesText text;
    private final SandboxScheduler scheduler = new SandboxScheduler();
    private final StorageFormat storage = new StorageFormat();
    private final EntityManagerActiveObjects activeObjects;
    private final SandboxContentServices contentServices;
    private final PluginRuntime plugin;
    private final SandboxServer server;
    private final PropertiesText pluginText;
    private final SandboxEvents events = new SandboxEvents();
    private final SandboxDirectory directory = new SandboxDirectory();
    private final SandboxLocales locales;
    private final SandboxTimeZones timeZones = new SandboxTimeZones();
    private final SandboxWebSudo webSudo = SandboxWebSudo.fromEnvironment();
    private final SandboxClock clock;
    private final SandboxAccessMode accessMode;
    private final SandboxLicence licence;
    private final SandboxMail mail;
    private final java.util.concurrent.atomic.LongAdder aoStatements = new java.util.concurrent.atomic.LongAdder();

    private Sandbox(Config config) throws Exception {
        this.config = config;
        this.descriptor = readDescriptor(config.descriptor());
        PluginRuntime.checkClasses(descriptor, loader);
        this.velocity = new SandboxVelocity(VelocityAllowlist.of(descriptor.velocityAllowlist()));
        this.text = new PropertiesText(loader, List.of("sandbox/i18n/sandbox"));
        this.pluginText = new PropertiesText(loader, descriptor.i18nLocations());

        this.db = new SandboxDatabase(config.dataDir(), config.database());
        AutoCloseable startup = db.startupLock();
        SandboxHostState hostState = new SandboxHostState(db, scope);
        this.licence = new SandboxLicence(descriptor.pluginKey(), hostState);
        this.locales = new SandboxLocales(hostState);
        this.clock = new SandboxClock(hostState);
        this.accessMode = new SandboxAccessMode(hostState);
        this.mail = new SandboxMail(db, clock, config.node());
        this.content = new SandboxContent(db);
        this.permissions = new SandboxPermissions(users, content);
        DemoData demo = new DemoData(config.seed());
        demo.people(users);
        demo.timeZones(users, timeZones);

        scope.onEnter(p -> AuthenticatedUserThreadLocal.set(p == null ? null : new SandboxUser(p)));
        this.activeObjects = db.activeObjects(tablePrefix(aoNamespace()));
        activeObjects.entityManager().getProvider().addSqlListener(sql -> aoStatements.increment());

        SandboxUserServices userServices = new SandboxUserServices(users, scope);
        this.contentServices = new SandboxContentServices(content, permissions, users, userServices, scope);
        contentServices.publishTo(events);
        SandboxI18n i18n = new SandboxI18n(pluginText, locales);
        SandboxSchedulerService schedulerService = new SandboxSchedulerService(scheduler, scope);
        this.server = new SandboxServer(this, config.port());
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("activeObjects", activeObjects);
        host.put("userAccessor", userServices);
        host.put("spaceManager", contentServices);
        host.put("permissionManager", new SandboxPermissionManager(permissions, content, users));
        host.put("templateRenderer", new VelocityTemplateRenderer(velocity, i18n, this::defaultVelocityContext));
        host.put("i18nResolver", i18n);
        host.put("localeManager", locales);
        host.put("timeZoneManager", timeZones);
        host.put("salServices", new SandboxSal(server::baseUrl, config.dataDir().toAbsolutePath(),
                () -> activeObjects));
        host.put("webSudoManager", webSudo);
        host.put("pluginSettingsFactory", new SandboxPluginSettings(db));
        host.put("eventPublisher", events);
        host.put("schedulerService", schedulerService);
        host.put("pageBuilderService", new SandboxPageBuilder(scope));
        host.put("sandboxMail", mail);
        host.put("multiQueueTaskManager", new org.tandem.sandbox.host.SandboxMailQueue(mail));
        host.put("sandboxClock", clock);
        host.put("accessModeService", accessMode);
        host.put("pluginLicenseManager", licence);
        host.put("spaceBlueprintService", new SandboxSpaceBlueprints(() -> this));

        this.plugin = new PluginRuntime(descriptor, loader, host, config.componentPackages(),
                config.excludeTestClasses(), activeObjects, db, schedulerService, events);

        if (content.isEmpty()) {
            demo.content(content, users, blueprintPages());
        }
        if (!descriptor.activeObjects().isEmpty() && descriptor.activeObjects().stream()
                .anyMatch(a -> a.entities().contains("org.tandem.mentoring.store.ProgrammeEntity"))) {
            demo.programme(activeObjects, users, content, config.dataDir().toAbsolutePath());
        }
        if (!descriptor.activeObjects().isEmpty()) {
            DemoDashboards.write(activeObjects, users, content, config.dataDir().toAbsolutePath());
            DemoSurveys.write(activeObjects, config.dataDir().toAbsolutePath());
        }
        startup.close();
        scheduler.start();
        server.start(plugin);
    }

    /** Starts everything; on failure closes what was opened and throws. */
    public static Sandbox start(Config config) throws Exception {
        return new Sandbox(config);
    }

    private PluginDescriptor readDescriptor(String resource) throws Exception {
        if (resource.startsWith("file:")) {
            Path file = Path.of(resource.substring("file:".length()));
            if (!Files.isRegularFile(file)) {
                throw new SandboxStartException("the plugin descriptor " + file + " does not exist");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new DescriptorReader().read(in);
            }
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SandboxStartException("the plugin descriptor " + resource + " is not on the classpath"
                        + " (build the plugin first: mvn test-compile)");
            }
            return new DescriptorReader().read(in);
        }
    }

    private String aoNamespace() {
        return descriptor.activeObjects().stream().map(PluginDescriptor.ActiveObjects::namespace)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(descriptor.pluginKey());
    }

    /** Active Objects' table prefix: AO_ and the last six hex digits of the MD5 of the plugin's namespace. */
    static String tablePrefix(String namespace) {
        try {
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(namespace.getBytes(StandardCharsets.UTF_8)));
            return "AO_" + md5.substring(md5.length() - 6).toUpperCase() + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> defaultVelocityContext() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baseUrl", server.baseUrl());
        m.put("contextPath", "");
        if (scope.request() != null) {
            m.put("req", scope.request());
        }
        return m;
    }

    /** A page's storage body as view HTML, each macro run by the plugin's own class. */
    public String renderPage(SandboxContent.Page page) {
        return renderPage(page, true);
    }

    /**
     * A page's storage body as view HTML; without macros, each macro is replaced by nothing, as on a Confluence
     * without the plugin's macros (the load bench's baseline), and the rest of the page is the same.
     */
    public String renderPage(SandboxContent.Page page, boolean macros) {
        if (!macros) {
            return storage.toView(page.body(), page.spaceKey(), (name, params, body, rich) -> "",
                    key -> users.byKey(key).map(SandboxUsers.Person::fullName).orElse(key));
        }
        SandboxConversionContext ctx = new SandboxConversionContext(contentServices.toPage(page), page.spaceKey(),
                "display");
        return storage.toView(page.body(), page.spaceKey(),
                (name, params, body, rich) -> plugin.executeMacro(name, params, body, ctx),
                key -> users.byKey(key).map(SandboxUsers.Person::fullName).orElse(key));
    }

    /** A web item ready for a template: its label (through the plugin's i18n) and link. */
    public record ItemLink(String key, String label, String url) {
    }

    /** The plugin's web items in a section (e.g. system.space.sidebar/main-links) that pass their conditions. */
    public List<ItemLink> webItems(String section, String spaceKey) {
        Map<String, Object> context = new LinkedHashMap<>();
        scope.user().ifPresent(p -> context.put("user", new SandboxUser(p)));
        if (spaceKey != null) {
            context.put("spaceKey", spaceKey);
            context.put("space", contentServices.getSpace(spaceKey));
        }
        return plugin.webItems(section, context).stream().map(i -> new ItemLink(i.key(),
                i.labelKey() == null ? i.name() : pluginText.getText(i.labelKey()),
                i.link() == null ? "#" : i.link().replace("${spaceKey}", spaceKey == null ? "" : spaceKey)
                        .replace("$spaceKey", spaceKey == null ? "" : spaceKey))).toList();
    }

    /** The web item section of Confluence's create-space dialog, where space blueprints show. */
    public static final String CREATE_SPACE_SECTION = "system.create.space.dialog/content";

    /** A space blueprint offered in the create-space dialog: its web item and the blueprint it names. */
    public record BlueprintChoice(PluginDescriptor.WebItem item, String label, String description,
                                  PluginDescriptor.SpaceBlueprint blueprint) {
        /** The URL of the web item's icon resource, or null when it has none. */
        public String iconUrl() {
            return item.resources().stream().filter(r -> "icon".equals(r.name())).findFirst()
                    .map(r -> "/download/resources/" + item.key() + "/" + fileName(r)).orElse(null);
        }
    }

    /** The space blueprints of the create-space dialog, by the web items that name them (param blueprintKey). */
    public List<BlueprintChoice> spaceBlueprintChoices() {
        return descriptor.webItems().stream().filter(i -> CREATE_SPACE_SECTION.equals(i.section()))
                .map(i -> {
                    String bpKey = i.params().get("blueprintKey");
                    PluginDescriptor.SpaceBlueprint bp = descriptor.spaceBlueprints().stream()
                            .filter(b -> b.key().equals(bpKey)).findFirst().orElse(null);
                    return bp == null ? null : new BlueprintChoice(i,
                            i.labelKey() == null ? bp.key() : pluginText.getText(i.labelKey()),
                            i.descriptionKey() == null ? "" : pluginText.getText(i.descriptionKey()), bp);
                }).filter(java.util.Objects::nonNull).toList();
    }

    /** The form of a blueprint's wizard page, rendered from the plugin's Soy file. */
    public String wizardFormHtml(PluginDescriptor.WizardPage page) {
        List<String> soy = new java.util.ArrayList<>();
        for (PluginDescriptor.WebResource wr : descriptor.webResources()) {
            for (PluginDescriptor.Resource r : wr.resources()) {
                if (r.location() != null && r.location().endsWith(".soy")) {
                    soy.add(r.location());
                }
            }
        }
        return new SoyForms(loader, pluginText).render(page.templateKey(), soy);
    }

    /**
     * Creates a space from a space blueprint as Confluence does: checks the global "create space" permission, the
     * space's name and key; creates the space with its creator as administrator (and every licensed user able to
     * view and edit), makes the pages from the blueprint's content templates (home, then the children below it),
     * and publishes SpaceBlueprintCreateEvent with the wizard's fields as context to the plugin's listeners.
     *
     * @return field name to the sandbox i18n key of its problem; empty when the space was created
     */
    public Map<String, String> createSpaceFromBlueprint(String creatorKey, BlueprintChoice choice,
                                                        Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (creatorKey == null || !permissions.canCreateSpace(creatorKey)) {
            errors.put("permission", "sandbox.createspace.error.permission");
            return errors;
        }
        String name = form.getOrDefault("name", "").trim();
        String key = form.getOrDefault("spaceKey", "").trim().toUpperCase(java.util.Locale.ROOT);
        if (name.isEmpty() || name.length() > 200) {
            errors.put("name", "sandbox.createspace.error.name");
        }
        if (!key.matches("[A-Z0-9]{1,30}")) {
            errors.put("spaceKey", "sandbox.createspace.error.key");
        } else if (content.space(key).isPresent()) {
            errors.put("spaceKey", "sandbox.createspace.error.keytaken");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        SandboxUsers.Person creator = users.byKey(creatorKey).orElseThrow();
        content.createSpace(key, name, "");
        content.grant(key, SandboxPermissions.VIEWSPACE, "group", SandboxUsers.USERS);
        content.grant(key, SandboxPermissions.EDITSPACE, "group", SandboxUsers.USERS);
        for (String permission : List.of(SandboxPermissions.VIEWSPACE, SandboxPermissions.EDITSPACE,
                SandboxPermissions.SETSPACEPERMISSIONS)) {
            content.grant(key, permission, "user", creatorKey);
        }
        Map<String, Object> context = new LinkedHashMap<>(form);
        context.remove("atl_token");
        context.remove("item");
        context.put("spaceKey", key);
        context.put("name", name);
        PluginDescriptor.SpaceBlueprint bp = choice.blueprint();
        if (bp.home() != null) {
            Locale language = locales.getLocale(new SandboxUser(creator));
            scope.as(creator, () -> {
                blueprintPages().create(content, bp, key, name, creatorKey, language, context);
            });
        }
        com.atlassian.confluence.plugins.createcontent.impl.SpaceBlueprint spaceBlueprint =
                new com.atlassian.confluence.plugins.createcontent.impl.SpaceBlueprint(
                        java.util.UUID.nameUUIDFromBytes(bp.key().getBytes(StandardCharsets.UTF_8)),
                        descriptor.pluginKey() + ":" + bp.key(), bp.i18nNameKey(), false, List.of(), null,
                        bp.category());
        events.publish(new com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent(
                this, contentServices.getSpace(key), spaceBlueprint, new SandboxUser(creator), context));
        return errors;
    }

    /** The pages of the plugin's space blueprint, rendered with its content templates' context providers. */
    public BlueprintPages blueprintPages() {
        return new BlueprintPages(descriptor, loader, pluginText, plugin::templateContext);
    }

    /*
     * People leaving, modelled on what Confluence publishes (decompiled 8.7.2; Confluence 10 keeps Crowd's events,
     * which Atlassian's own apps for 10 listen to):
     * - deactivation in Confluence: the directory marks the user inactive, so Crowd publishes UserEditedEvent
     *   (active -> inactive); Confluence then publishes its own UserDeactivateEvent;
     * - removal in Confluence: UserRemoveEvent with the user before the removal, then the directory deletes the user
     *   and Crowd publishes UserDeletedEvent with the name only, then UserRemoveCompletedEvent;
     * - deletion by directory synchronisation (LDAP, Crowd): Crowd's UserDeletedEvent alone.
     * Crowd's UsersDeletedEvent (the same deletion as a batch) is not modelled; Tandem does not listen to it.
     */

    /** Deactivates a person as Confluence would: they can no longer sign in, and listeners hear of it. */
    public void deactivate(String userKey) {
        SandboxUsers.Person p = users.byKey(userKey).orElseThrow();
        users.deactivate(userKey);
        events.publish(new UserEditedEvent(this, directory, SandboxDirectory.user(p, false),
                SandboxDirectory.user(p, true)));
        events.publish(new UserDeactivateEvent(this, new SandboxUser(p)));
    }

    /**
     * Removes a space as Confluence does: SpaceRemoveEvent with the space as it was (key and id), then the space and
     * its content are gone and its key may be used again.
     */
    public void removeSpace(String key) {
        com.atlassian.confluence.spaces.Space space = contentServices.getSpace(key);
        if (space == null) {
            throw new IllegalArgumentException("no space " + key);
        }
        events.publish(new com.atlassian.confluence.event.events.space.SpaceRemoveEvent(this, space,
                new com.atlassian.core.util.ProgressMeter()));
        content.removeSpace(key);
    }

    /** Removes a person as Confluence's administration would. */
    public void remove(String userKey) {
        SandboxUsers.Person p = users.byKey(userKey).orElseThrow();
        SandboxUser user = new SandboxUser(p);
        events.publish(new UserRemoveEvent(this, user));
        users.remove(userKey);
        events.publish(new UserDeletedEvent(this, directory, p.username()));
        events.publish(new UserRemoveCompletedEvent(this, user));
    }

    /** Deletes a person as a directory synchronisation would: only Crowd says so, after the fact, by name. */
    public void deleteFromDirectory(String userKey) {
        SandboxUsers.Person p = users.byKey(userKey).orElseThrow();
        users.remove(userKey);
        events.publish(new UserDeletedEvent(this, directory, p.username()));
    }

    /** Deletes several people as one directory synchronisation does: Crowd's batch event, by name. */
    public void deleteFromDirectory(List<String> userKeys) {
        List<String> names = new ArrayList<>();
        for (String userKey : userKeys) {
            names.add(users.byKey(userKey).orElseThrow().username());
            users.remove(userKey);
        }
        events.publish(new UsersDeletedEvent(this, directory, names));
    }

    public SandboxLocales locales() {
        return locales;
    }

    public SandboxTimeZones timeZones() {
        return timeZones;
    }

    /**
     * Test hook: every row of every Tandem Active Objects table, in id order, hashed per table (SHA-256, hex). Two
     * equal maps mean equal data; a table that differs names itself.
     */
    public java.util.SortedMap<String, String> tandemTables() {
        String prefix = tablePrefix(aoNamespace());
        java.util.SortedMap<String, String> hashes = new java.util.TreeMap<>();
        try (java.sql.Connection c = db.connection()) {
            List<String> tables = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = c.getMetaData().getTables(null, null, prefix + "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (java.sql.Statement st = c.createStatement();
                     java.sql.ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY \"ID\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String v = rs.getString(i);
                            digest.update((v == null ? "\u0000null" : v).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0x1f);
                        }
                        digest.update((byte) 0x1e);
                    }
                }
                hashes.put(table, HexFormat.of().formatHex(digest.digest()));
            }
        } catch (java.sql.SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read the Tandem tables: " + e.getMessage(), e);
        }
        return hashes;
    }

    /** Test hook: the JDBC address of the sandbox's H2 database (user sa, no password). */
    public String databaseUrl() {
        return db.url();
    }

    public PropertiesText pluginText() {
        return pluginText;
    }

    /** The link and script tags of the web resources this page needs. */
    public String webResourceTags() {
        Set<String> wanted = new LinkedHashSet<>();
        Set<String> required = scope.requiredResources();
        for (PluginDescriptor.WebResource wr : descriptor.webResources()) {
            String complete = descriptor.pluginKey() + ":" + wr.key();
            boolean always = wr.contexts().contains("atl.general") || wr.contexts().contains("page");
            boolean byContext = wr.contexts().stream().anyMatch(c -> required.contains("context:" + c));
            if (always || byContext || required.contains(complete)) {
                addWithDependencies(wr, wanted, 0);
            }
        }
        StringBuilder b = new StringBuilder();
        for (String key : wanted) {
            PluginDescriptor.WebResource wr = webResource(key);
            for (PluginDescriptor.Resource r : wr.resources()) {
                if (!"download".equals(r.type()) || r.location().endsWith(".soy")) {
                    continue; // Soy is compiled by Confluence's soy transformer; the sandbox reads it itself
                }
                String url = SandboxVelocity.escape("/download/resources/" + descriptor.pluginKey() + ":" + wr.key()
                        + "/" + r.name());
                if (r.name().endsWith(".css")) {
                    b.append("<link rel=\"stylesheet\" href=\"").append(url).append("\">\n");
                } else if (r.name().endsWith(".js")) {
                    b.append("<script src=\"").append(url).append("\"></script>\n");
                }
            }
        }
        return b.toString();
    }

    private void addWithDependencies(PluginDescriptor.WebResource wr, Set<String> into, int depth) {
        if (depth > 10) {
            return;
        }
        for (String dep : wr.dependencies()) {
            if (dep.startsWith(descriptor.pluginKey() + ":")) {
                PluginDescriptor.WebResource d = webResource(dep.substring(descriptor.pluginKey().length() + 1));
                if (d != null) {
                    addWithDependencies(d, into, depth + 1);
                }
            }
        }
        into.add(wr.key());
    }

    PluginDescriptor.WebResource webResource(String key) {
        return descriptor.webResources().stream().filter(w -> w.key().equals(key)).findFirst().orElse(null);
    }

    /** A web item resource's name with the extension of its file, so that browsers know its type. */
    static String fileName(PluginDescriptor.Resource r) {
        int dot = r.location().lastIndexOf('.');
        String ext = dot < 0 ? "" : r.location().substring(dot);
        return r.name().endsWith(ext) ? r.name() : r.name() + ext;
    }

    /** Opens a plugin web resource ("pluginKey:webResourceKey/name") or a web item's ("itemKey/name"). */
    InputStream openWebResource(String path) {
        int slash = path.indexOf('/');
        if (slash > 0 && !path.startsWith(descriptor.pluginKey() + ":")) {
            String itemKey = path.substring(0, slash);
            String name = path.substring(slash + 1);
            return descriptor.webItems().stream().filter(i -> i.key().equals(itemKey))
                    .flatMap(i -> i.resources().stream()).filter(r -> fileName(r).equals(name)).findFirst()
                    .map(r -> loader.getResourceAsStream(r.location().startsWith("/") ? r.location().substring(1)
                            : r.location())).orElse(null);
        }
        if (slash < 0 || !path.startsWith(descriptor.pluginKey() + ":")) {
            return null;
        }
        PluginDescriptor.WebResource wr = webResource(path.substring(descriptor.pluginKey().length() + 1, slash));
        String name = path.substring(slash + 1);
        if (wr == null) {
            return null;
        }
        for (PluginDescriptor.Resource r : wr.resources()) {
            if (r.name().equals(name)) {
                String location = r.location().startsWith("/") ? r.location().substring(1) : r.location();
                return loader.getResourceAsStream(location);
            }
        }
        return null;
    }

    /** Opens a file of the Atlassian UI: jquery.min.js or a path below AUI's dist folder. */
    InputStream openAui(String rel) {
        Path modules = config.webDir().resolve("node_modules").toAbsolutePath().normalize();
        Path file = rel.equals("jquery.min.js") ? modules.resolve("jquery/dist/jquery.min.js")
                : modules.resolve("@atlassian/aui/dist").resolve(rel).normalize();
        if (!file.startsWith(modules) || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.newInputStream(file);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    public boolean hasAui() {
        return Files.isRegularFile(config.webDir().resolve("node_modules/@atlassian/aui/dist/aui/aui-prototyping.css"));
    }

    /** This node's name (TANDEM_NODE), shown in the footer and sent as the X-Sandbox-Node header. */
    public String node() {
        return config.node();
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    public PluginRuntime plugin() {
        return plugin;
    }

    public SandboxWebSudo webSudo() {
        return webSudo;
    }

    public SandboxUsers users() {
        return users;
    }

    public SandboxContent content() {
        return content;
    }

    public SandboxPermissions permissions() {
        return permissions;
    }

    public RequestScope scope() {
        return scope;
    }

    public SandboxVelocity velocity() {
        return velocity;
    }

    public PropertiesText text() {
        return text;
    }

    public org.tandem.sandbox.host.SandboxContentServices contentServices() {
        return contentServices;
    }

    /** The clock the plugin reads through {@code HostClock}; tests move it on. */
    /** Confluence's read-only mode, switched on /sandbox/maintenance or by a test. */
    public SandboxAccessMode accessMode() {
        return accessMode;
    }

    /** The plugin's licence as UPM reports it, set on /sandbox/maintenance or by a test. */
    public SandboxLicence licence() {
        return licence;
    }

    public SandboxClock clock() {
        return clock;
    }

    public SandboxMail mail() {
        return mail;
    }

    public SandboxScheduler scheduler() {
        return scheduler;
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    /**
     * The SQL statements run since the start: {@code [0]} those of the plugin through Active Objects, {@code [1]}
     * those of the sandbox's own tables (pages, permissions, settings); for the load bench's figures.
     */
    public long[] sqlStatements() {
        return new long[] {aoStatements.sum(), db.statements()};
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("[sandbox] stopping the web server: " + e);
        }
        scheduler.close();
        if (plugin != null) {
            plugin.close();
        }
        activeObjects.close();
        db.close();
    }
}
