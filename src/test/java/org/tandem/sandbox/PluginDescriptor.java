package org.tandem.sandbox;

import java.util.List;
import java.util.Map;

/**
 * What an atlassian-plugin.xml declares, as the sandbox reads it. Every module keeps its element name and key so that
 * an error can name the entry ("xhtml-macro key=... class=...").
 */
public record PluginDescriptor(
        String pluginKey,
        String pluginName,
        List<String> i18nLocations,
        List<Macro> macros,
        List<Rest> restModules,
        List<Servlet> servlets,
        List<WebResource> webResources,
        List<ActiveObjects> activeObjects,
        List<Job> jobs,
        List<SpaceBlueprint> spaceBlueprints,
        List<ContentTemplate> contentTemplates,
        List<WebSection> webSections,
        List<WebItem> webItems,
        List<ClassRef> otherClassRefs,
        List<String> velocityAllowlist,
        Map<String, String> pluginInfo) {

    /** A class named by a descriptor entry, with a description of the entry for error messages. */
    public record ClassRef(String entry, String className) {
    }

    public record MacroParameter(String name, String type, boolean required, boolean multiple, String defaultValue,
                                 List<String> values) {
    }

    public record Macro(String key, String name, String className, String icon, String category, boolean hidden,
                        List<MacroParameter> parameters) {
        public String entry() {
            return "<xhtml-macro key=\"" + key + "\" class=\"" + className + "\">";
        }
    }

    public record Rest(String key, String path, String version, List<String> packages) {
        /** The URL prefix below /rest, e.g. "/tandem/1.0". */
        public String mountPath() {
            String p = path.startsWith("/") ? path : "/" + path;
            return p + "/" + version;
        }
    }

    public record Servlet(String key, String className, List<String> urlPatterns, Map<String, String> initParams) {
        public String entry() {
            return "<servlet key=\"" + key + "\" class=\"" + className + "\">";
        }
    }

    public record Resource(String type, String name, String location) {
    }

    public record WebResource(String key, List<Resource> resources, List<String> dependencies,
                              List<String> contexts) {
    }

    public record ActiveObjects(String key, String namespace, List<String> entities, List<String> upgradeTasks) {
    }

    /** A job-config: the job runner is the Spring bean named {@code jobKey}. */
    public record Job(String key, String name, String jobKey, String cronExpression, Long repeatIntervalMillis,
                      boolean perClusterJob) {
    }

    public record ContentTemplate(String key, String i18nNameKey, String templateLocation,
                                  String contextProviderClass) {
    }

    /** A space blueprint: its home page template and the children below it (template keys, depth first). */
    public record SpaceBlueprint(String key, String i18nNameKey, String category, TemplateNode home,
                                 List<WizardPage> wizardPages) {
    }

    /** A page of a blueprint's dialog wizard: its form is the Soy template {@code templateKey}. */
    public record WizardPage(String id, String templateKey, String titleKey, String descriptionHeaderKey,
                             String descriptionContentKey, boolean last) {
    }

    public record TemplateNode(String ref, List<TemplateNode> children) {
    }

    public record WebSection(String key, String name, String location, int weight, String labelKey) {
    }

    public record WebItem(String key, String name, String section, int weight, String labelKey, String link,
                          Map<String, String> params, List<String> conditionClasses, String descriptionKey,
                          List<Resource> resources) {
    }

    /** Every class the descriptor names (macros, servlets, AO entities and tasks, providers, conditions). */
    public List<ClassRef> allClassRefs() {
        List<ClassRef> refs = new java.util.ArrayList<>();
        for (Macro m : macros) {
            refs.add(new ClassRef(m.entry(), m.className()));
        }
        for (Servlet s : servlets) {
            refs.add(new ClassRef(s.entry(), s.className()));
        }
        for (ActiveObjects ao : activeObjects) {
            for (String e : ao.entities()) {
                refs.add(new ClassRef("<ao key=\"" + ao.key() + "\"><entity>" + e + "</entity>", e));
            }
            for (String t : ao.upgradeTasks()) {
                refs.add(new ClassRef("<ao key=\"" + ao.key() + "\"><upgradeTask>" + t + "</upgradeTask>", t));
            }
        }
        for (ContentTemplate ct : contentTemplates) {
            if (ct.contextProviderClass() != null) {
                refs.add(new ClassRef("<content-template key=\"" + ct.key() + "\"><context-provider class=\""
                        + ct.contextProviderClass() + "\">", ct.contextProviderClass()));
            }
        }
        for (WebItem wi : webItems) {
            for (String c : wi.conditionClasses()) {
                refs.add(new ClassRef("<web-item key=\"" + wi.key() + "\"><condition class=\"" + c + "\">", c));
            }
        }
        refs.addAll(otherClassRefs);
        return refs;
    }
}
