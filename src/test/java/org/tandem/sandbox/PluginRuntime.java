package org.tandem.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import net.java.ao.RawEntity;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.tandem.sandbox.host.SandboxEvents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Boots the plugin the way Confluence does: checks every class the descriptor names, migrates Active Objects and
 * runs pending upgrade tasks, builds a Spring context over the plugin's components with the host services as
 * imports, and creates macros, REST resources and servlets through that context. Jobs are scheduled and
 * components with {@code @EventListener} methods registered.
 */
public final class PluginRuntime implements AutoCloseable {

    private final PluginDescriptor descriptor;
    private final ClassLoader loader;
    private final AnnotationConfigApplicationContext context;
    private final Map<String, Macro> macros = new LinkedHashMap<>();
    private final Map<String, ContextProvider> templateContexts = new LinkedHashMap<>();
    private final Map<String, List<Object>> restResources = new LinkedHashMap<>();
    private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();
    private final List<String> registeredJobs = new ArrayList<>();
    private final List<String> entities = new ArrayList<>();
    private final List<String> ranUpgradeTasks = new ArrayList<>();
    private final Map<String, List<Condition>> webItemConditions = new LinkedHashMap<>();

    /**
     * @param hostBeans       bean name to host service; each becomes a singleton the plugin can import
     * @param componentPackages packages scanned for @Named / @Component classes
     * @param excludeTestClasses leave out classes compiled from src/test (so test helpers are not components)
     */
    public PluginRuntime(PluginDescriptor descriptor, ClassLoader loader, Map<String, Object> hostBeans,
                         List<String> componentPackages, boolean excludeTestClasses, ActiveObjects ao,
                         SandboxDatabase db, SchedulerService scheduler, SandboxEvents events) {
        this.descriptor = descriptor;
        this.loader = loader;
        checkClasses(descriptor, loader);
        migrate(ao, db, hostBeans);
        this.context = new AnnotationConfigApplicationContext();
        context.setClassLoader(loader);
        hostBeans.forEach((name, bean) -> context.getBeanFactory().registerSingleton(name, bean));
        ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context);
        scanner.setResourceLoader(context);
        if (excludeTestClasses) {
            scanner.addExcludeFilter((reader, factory) -> reader.getResource().getURL().toString()
                    .contains("/test-classes/"));
        }
        try {
            scanner.scan(componentPackages.toArray(String[]::new));
            context.refresh();
        } catch (BeansException e) {
            throw new SandboxStartException("the plugin's Spring context cannot start: " + rootMessage(e), e);
        }
        for (PluginDescriptor.Macro m : descriptor.macros()) {
            macros.put(m.name() == null || m.name().isBlank() ? m.key() : m.name(),
                    (Macro) create(m.entry(), load(m.className())));
        }
        for (PluginDescriptor.ContentTemplate t : descriptor.contentTemplates()) {
            if (t.contextProviderClass() != null) {
                ContextProvider provider = (ContextProvider) create("<content-template key=\"" + t.key()
                        + "\"> context provider", load(t.contextProviderClass()));
                provider.init(Map.of());
                templateContexts.put(t.key(), provider);
            }
        }
        for (PluginDescriptor.Rest r : descriptor.restModules()) {
            restResources.put(r.mountPath(), restInstances(r));
        }
        for (PluginDescriptor.Servlet s : descriptor.servlets()) {
            HttpServlet servlet = (HttpServlet) create(s.entry(), load(s.className()));
            for (String pattern : s.urlPatterns()) {
                servlets.put(pattern, servlet);
            }
        }
        for (PluginDescriptor.WebItem item : descriptor.webItems()) {
            List<Condition> conditions = new ArrayList<>();
            for (String c : item.conditionClasses()) {
                Condition condition = (Condition) create("<web-item key=\"" + item.key() + "\"> condition", load(c));
                condition.init(Map.of());
                conditions.add(condition);
            }
            webItemConditions.put(item.key(), conditions);
        }
        scheduleJobs(scheduler);
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            if (!SandboxEvents.listenerMethods(bean.getClass()).isEmpty()) {
                events.register(bean);
            }
        }
    }

    /** Every class named must load; macros must implement Macro, servlets extend HttpServlet, and so on. */
    static void checkClasses(PluginDescriptor descriptor, ClassLoader loader) {
        for (PluginDescriptor.ClassRef ref : descriptor.allClassRefs()) {
            if (ref.className() == null || ref.className().isBlank()) {
                throw new SandboxStartException("atlassian-plugin.xml: " + ref.entry() + " names no class");
            }
            try {
                Class.forName(ref.className(), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new SandboxStartException("atlassian-plugin.xml: " + ref.entry() + " names class "
                        + ref.className() + ", which cannot be loaded (" + e + ")", e);
            }
        }
        for (PluginDescriptor.Macro m : descriptor.macros()) {
            requireType(m.entry(), m.className(), Macro.class, loader);
        }
        for (PluginDescriptor.Servlet s : descriptor.servlets()) {
            requireType(s.entry(), s.className(), HttpServlet.class, loader);
        }
        for (PluginDescriptor.ActiveObjects ao : descriptor.activeObjects()) {
            for (String e : ao.entities()) {
                requireType("<ao key=\"" + ao.key() + "\"><entity>" + e + "</entity>", e, RawEntity.class, loader);
            }
            for (String t : ao.upgradeTasks()) {
                requireType("<ao key=\"" + ao.key() + "\"><upgradeTask>" + t + "</upgradeTask>", t,
                        ActiveObjectsUpgradeTask.class, loader);
            }
        }
        for (PluginDescriptor.ContentTemplate t : descriptor.contentTemplates()) {
            if (t.contextProviderClass() != null) {
                requireType("<content-template key=\"" + t.key() + "\">", t.contextProviderClass(),
                        ContextProvider.class, loader);
            }
            if (t.templateLocation() != null && loader.getResource(strip(t.templateLocation())) == null) {
                throw new SandboxStartException("atlassian-plugin.xml: <content-template key=\"" + t.key()
                        + "\"> names the resource " + t.templateLocation() + ", which is not on the classpath");
            }
        }
        for (PluginDescriptor.WebItem wi : descriptor.webItems()) {
            for (PluginDescriptor.Resource r : wi.resources()) {
                if ("download".equals(r.type()) && loader.getResource(strip(r.location())) == null) {
                    throw new SandboxStartException("atlassian-plugin.xml: <web-item key=\"" + wi.key()
                            + "\"> names the resource " + r.location() + ", which is not on the classpath");
                }
            }
            for (String c : wi.conditionClasses()) {
                requireType("<web-item key=\"" + wi.key() + "\">", c, Condition.class, loader);
            }
        }
        for (PluginDescriptor.WebResource wr : descriptor.webResources()) {
            for (PluginDescriptor.Resource r : wr.resources()) {
                if ("download".equals(r.type()) && loader.getResource(strip(r.location())) == null) {
                    throw new SandboxStartException("atlassian-plugin.xml: <web-resource key=\"" + wr.key()
                            + "\"> names the resource " + r.location() + ", which is not on the classpath");
                }
            }
        }
    }

    private static String strip(String location) {
        return location.startsWith("/") ? location.substring(1) : location;
    }

    private static void requireType(String entry, String className, Class<?> type, ClassLoader loader) {
        Class<?> c;
        try {
            c = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            throw new SandboxStartException("atlassian-plugin.xml: " + entry + " names class " + className
                    + ", which cannot be loaded", e);
        }
        if (!type.isAssignableFrom(c)) {
            throw new SandboxStartException("atlassian-plugin.xml: " + entry + " names class " + className
                    + ", which does not implement " + type.getName());
        }
    }

    private Class<?> load(String className) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new SandboxStartException("class " + className + " cannot be loaded", e);
        }
    }

    private Object create(String entry, Class<?> type) {
        try {
            return context.getAutowireCapableBeanFactory().createBean(type);
        } catch (BeansException e) {
            throw new SandboxStartException("atlassian-plugin.xml: " + entry + " cannot be created: "
                    + rootMessage(e), e);
        }
    }

    private List<Object> restInstances(PluginDescriptor.Rest rest) {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.setResourceLoader(context);
        scan.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        scan.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        List<Object> out = new ArrayList<>();
        for (String pkg : rest.packages()) {
            for (BeanDefinition bd : scan.findCandidateComponents(pkg)) {
                out.add(create("<rest key=\"" + rest.key() + "\"> resource " + bd.getBeanClassName(),
                        load(bd.getBeanClassName())));
            }
        }
        return out;
    }

    private void migrate(ActiveObjects ao, SandboxDatabase db, Map<String, Object> hostBeans) {
        if (descriptor.activeObjects().isEmpty()) {
            return;
        }
        db.ddl("CREATE TABLE IF NOT EXISTS SBX_AO_VERSION (NAMESPACE VARCHAR(255) PRIMARY KEY, VERSION VARCHAR(64))");
        for (PluginDescriptor.ActiveObjects module : descriptor.activeObjects()) {
            String namespace = module.namespace() == null || module.namespace().isBlank()
                    ? descriptor.pluginKey() : module.namespace();
            ModelVersion current = ModelVersion.valueOf(storedVersion(db, namespace));
            List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
            for (String t : module.upgradeTasks()) {
                try {
                    tasks.add((ActiveObjectsUpgradeTask) upgradeTask(load(t), hostBeans));
                } catch (ReflectiveOperationException e) {
                    throw new SandboxStartException("atlassian-plugin.xml: <upgradeTask>" + t
                            + "</upgradeTask> cannot be created: " + e, e);
                }
            }
            tasks.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
            ModelVersion reached = current;
            for (ActiveObjectsUpgradeTask task : tasks) {
                if (task.getModelVersion().isNewerThan(reached)) {
                    try {
                        task.upgrade(reached, ao);
                    } catch (RuntimeException e) {
                        throw new SandboxStartException("Active Objects upgrade task " + task.getClass().getName()
                                + " (model version " + task.getModelVersion() + ") failed: " + rootMessage(e), e);
                    }
                    reached = task.getModelVersion();
                    ranUpgradeTasks.add(task.getClass().getName() + " -> " + reached);
                }
            }
            @SuppressWarnings("unchecked")
            Class<? extends RawEntity<?>>[] classes = module.entities().stream().map(this::load)
                    .toArray(Class[]::new);
            if (classes.length > 0) {
                ao.migrate(classes);
            }
            module.entities().forEach(entities::add);
            storeVersion(db, namespace, reached.toString());
        }
    }

    /**
     * An upgrade task as Active Objects makes one: through its constructor, with the host's services it asks for
     * (Active Objects autowires upgrade tasks from the plugin's container).
     */
    private static Object upgradeTask(Class<?> type, Map<String, Object> hostBeans)
            throws ReflectiveOperationException {
        java.lang.reflect.Constructor<?> constructor = type.getConstructors()[0];
        Object[] args = new Object[constructor.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
            Class<?> wanted = constructor.getParameterTypes()[i];
            args[i] = hostBeans.values().stream().filter(wanted::isInstance).findFirst()
                    .orElseThrow(() -> new NoSuchMethodException("no host service of type " + wanted.getName()));
        }
        return constructor.newInstance(args);
    }

    private static String storedVersion(SandboxDatabase db, String namespace) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT VERSION FROM SBX_AO_VERSION WHERE NAMESPACE=?")) {
            ps.setString(1, namespace);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new SandboxStartException("cannot read the Active Objects model version: " + e.getMessage(), e);
        }
    }

    private static void storeVersion(SandboxDatabase db, String namespace, String version) {
        try {
            db.upsert("SBX_AO_VERSION", new String[] {"NAMESPACE", "VERSION"}, 1, namespace, version);
        } catch (SQLException e) {
            throw new SandboxStartException("cannot store the Active Objects model version: " + e.getMessage(), e);
        }
    }

    private void scheduleJobs(SchedulerService scheduler) {
        for (PluginDescriptor.Job job : descriptor.jobs()) {
            String entry = "<job-config key=\"" + job.key() + "\"><job key=\"" + job.jobKey() + "\">";
            if (job.jobKey() == null || !context.containsBean(job.jobKey())) {
                throw new SandboxStartException("atlassian-plugin.xml: " + entry
                        + " names no component of the plugin (expected a bean named " + job.jobKey() + ")");
            }
            Object bean = context.getBean(job.jobKey());
            if (!(bean instanceof JobRunner runner)) {
                throw new SandboxStartException("atlassian-plugin.xml: " + entry + " names " + bean.getClass()
                        .getName() + ", which does not implement " + JobRunner.class.getName());
            }
            JobRunnerKey runnerKey = JobRunnerKey.of(descriptor.pluginKey() + ":" + job.jobKey());
            scheduler.registerJobRunner(runnerKey, runner);
            Schedule schedule = job.cronExpression() != null ? Schedule.forCronExpression(job.cronExpression())
                    : Schedule.forInterval(job.repeatIntervalMillis() == null ? 0 : job.repeatIntervalMillis(),
                    new Date());
            try {
                scheduler.scheduleJob(JobId.of(job.key()), JobConfig.forJobRunnerKey(runnerKey).withSchedule(schedule));
            } catch (SchedulerServiceException e) {
                throw new SandboxStartException("atlassian-plugin.xml: " + entry + ": " + e.getMessage(), e);
            }
            registeredJobs.add(job.key());
        }
    }

    /** Runs a macro by its name, as the storage format names it. */
    public String executeMacro(String name, Map<String, String> parameters, String body, ConversionContext ctx)
            throws MacroExecutionException {
        Macro macro = macros.get(name);
        if (macro == null) {
            throw new MacroExecutionException("Unknown macro: " + name);
        }
        return macro.execute(parameters, macro.getBodyType() == Macro.BodyType.NONE ? null : body, ctx);
    }

    /**
     * The context a content template's body is rendered with: its context provider's answer to the blueprint's
     * context, or that context itself when the template has no provider.
     */
    public Map<String, Object> templateContext(PluginDescriptor.ContentTemplate template,
                                               Map<String, Object> context) {
        ContextProvider provider = templateContexts.get(template.key());
        return provider == null ? context : provider.getContextMap(context);
    }

    /** The web items of a section whose conditions all hold, by weight. */
    public List<PluginDescriptor.WebItem> webItems(String section, Map<String, Object> context) {
        return descriptor.webItems().stream().filter(i -> section.equals(i.section()))
                .filter(i -> webItemConditions.getOrDefault(i.key(), List.of()).stream()
                        .allMatch(c -> c.shouldDisplay(context)))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebItem::weight)).toList();
    }

    public boolean hasMacro(String name) {
        return macros.containsKey(name);
    }

    public Map<String, Macro> macros() {
        return macros;
    }

    public Map<String, List<Object>> restResources() {
        return restResources;
    }

    /** The class names of the REST resources mounted at this path (for pages that list them). */
    public List<String> restClassNames(String mountPath) {
        return restResources.getOrDefault(mountPath, List.of()).stream().map(o -> o.getClass().getName()).toList();
    }

    public Map<String, HttpServlet> servlets() {
        return servlets;
    }

    public List<String> jobs() {
        return registeredJobs;
    }

    public List<String> entities() {
        return entities;
    }

    public List<String> upgradeTasksRun() {
        return ranUpgradeTasks;
    }

    public <T> T component(Class<T> type) {
        return context.getBean(type);
    }

    public Object component(String name) {
        return context.getBean(name);
    }

    public String[] componentNames() {
        return context.getBeanDefinitionNames();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + t + ")";
    }

    @Override
    public void close() {
        context.close();
    }
}
