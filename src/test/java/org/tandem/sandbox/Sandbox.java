package org.tandem.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.event.events.user.UserDeactivateEvent;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import org.tandem.sandbox.ao.EntityManagerActiveObjects;
import org.tandem.sandbox.host.SandboxContentServices;
import org.tandem.sandbox.host.SandboxConversionContext;
import org.tandem.sandbox.host.SandboxEvents;
import org.tandem.sandbox.host.SandboxI18n;
import org.tandem.sandbox.host.SandboxPageBuilder;
import org.tandem.sandbox.host.SandboxPermissionManager;
import org.tandem.sandbox.host.SandboxPluginSettings;
import org.tandem.sandbox.host.SandboxSal;
import org.tandem.sandbox.host.SandboxSchedulerService;
import org.tandem.sandbox.host.SandboxUser;
import org.tandem.sandbox.host.SandboxUserServices;
import org.tandem.sandbox.host.VelocityTemplateRenderer;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
     */
    public record Config(int port, Path dataDir, String descriptor, List<String> componentPackages,
                         boolean excludeTestClasses, Path webDir, long seed) {

        public static Config forPlugin(int port, Path dataDir, Path webDir) {
            return new Config(port, dataDir, "atlassian-plugin.xml", List.of("org.tandem.mentoring"), true, webDir,
                    20260101L);
        }

        public Config withDescriptor(String resource, List<String> packages) {
            return new Config(port, dataDir, resource, packages, false, webDir, seed);
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
    private final SandboxVelocity velocity = new SandboxVelocity();
    private final PropertiesText text;
    private final SandboxMail mail = new SandboxMail();
    private final SandboxScheduler scheduler = new SandboxScheduler();
    private final StorageFormat storage = new StorageFormat();
    private final EntityManagerActiveObjects activeObjects;
    private final SandboxContentServices contentServices;
    private final PluginRuntime plugin;
    private final SandboxServer server;
    private final PropertiesText pluginText;
    private final SandboxEvents events = new SandboxEvents();

    private Sandbox(Config config) throws Exception {
        this.config = config;
        this.descriptor = readDescriptor(config.descriptor());
        PluginRuntime.checkClasses(descriptor, loader);
        this.text = new PropertiesText(loader, List.of("sandbox/i18n/sandbox"));
        this.pluginText = new PropertiesText(loader, descriptor.i18nLocations());

        this.db = new SandboxDatabase(config.dataDir());
        this.content = new SandboxContent(db);
        this.permissions = new SandboxPermissions(users, content);
        DemoData demo = new DemoData(config.seed());
        demo.people(users);

        scope.onEnter(p -> AuthenticatedUserThreadLocal.set(p == null ? null : new SandboxUser(p)));
        this.activeObjects = EntityManagerActiveObjects.open(db.url(), "sa", "", tablePrefix(aoNamespace()));

        SandboxUserServices userServices = new SandboxUserServices(users, scope);
        this.contentServices = new SandboxContentServices(content, permissions, users, userServices, scope);
        SandboxI18n i18n = new SandboxI18n(pluginText);
        SandboxSchedulerService schedulerService = new SandboxSchedulerService(scheduler, scope);
        this.server = new SandboxServer(this, config.port());
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("activeObjects", activeObjects);
        host.put("userAccessor", userServices);
        host.put("spaceManager", contentServices);
        host.put("permissionManager", new SandboxPermissionManager(permissions, content, users));
        host.put("templateRenderer", new VelocityTemplateRenderer(velocity, i18n, this::defaultVelocityContext));
        host.put("i18nResolver", i18n);
        host.put("salServices", new SandboxSal(server::baseUrl, config.dataDir().toAbsolutePath(),
                () -> activeObjects));
        host.put("pluginSettingsFactory", new SandboxPluginSettings(db));
        host.put("eventPublisher", events);
        host.put("schedulerService", schedulerService);
        host.put("pageBuilderService", new SandboxPageBuilder(scope));
        host.put("sandboxMail", mail);

        this.plugin = new PluginRuntime(descriptor, loader, host, config.componentPackages(),
                config.excludeTestClasses(), activeObjects, db, schedulerService, events);

        if (content.isEmpty()) {
            demo.content(content, users, descriptor, pluginText);
        }
        if (!descriptor.activeObjects().isEmpty() && descriptor.activeObjects().stream()
                .anyMatch(a -> a.entities().contains("org.tandem.mentoring.store.ProgrammeEntity"))) {
            demo.programme(activeObjects, users);
        }
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

    /** Deactivates a person as Confluence would: they can no longer sign in, and listeners hear of it. */
    public void deactivate(String userKey) {
        SandboxUsers.Person p = users.byKey(userKey).orElseThrow();
        users.deactivate(userKey);
        events.publish(new UserDeactivateEvent(this, new SandboxUser(p)));
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
                if (!"download".equals(r.type())) {
                    continue;
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

    /** Opens a plugin web resource: "pluginKey:webResourceKey/name". */
    InputStream openWebResource(String path) {
        int slash = path.indexOf('/');
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

    public SandboxMail mail() {
        return mail;
    }

    public SandboxScheduler scheduler() {
        return scheduler;
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
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
