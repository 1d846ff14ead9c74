package org.tandem.sandbox;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an atlassian-plugin.xml with the JDK's DOM parser into a {@link PluginDescriptor}. */
public final class DescriptorReader {

    /** The key used when the descriptor was not filtered by Maven (it still says ${atlassian.plugin.key}). */
    public static final String DEFAULT_PLUGIN_KEY = "org.tandem.tandem";

    public PluginDescriptor read(InputStream in) {
        Element root = parse(in).getDocumentElement();
        if (!"atlassian-plugin".equals(root.getTagName())) {
            throw new SandboxStartException("atlassian-plugin.xml: the root element is <" + root.getTagName()
                    + ">, expected <atlassian-plugin>");
        }
        String key = root.getAttribute("key");
        if (key.isBlank() || key.contains("${")) {
            key = DEFAULT_PLUGIN_KEY;
        }
        String name = root.getAttribute("name");

        List<String> i18n = new ArrayList<>();
        List<PluginDescriptor.Macro> macros = new ArrayList<>();
        List<PluginDescriptor.Rest> rest = new ArrayList<>();
        List<PluginDescriptor.Servlet> servlets = new ArrayList<>();
        List<PluginDescriptor.WebResource> webResources = new ArrayList<>();
        List<PluginDescriptor.ActiveObjects> ao = new ArrayList<>();
        List<PluginDescriptor.Job> jobs = new ArrayList<>();
        List<PluginDescriptor.SpaceBlueprint> spaceBlueprints = new ArrayList<>();
        List<PluginDescriptor.ContentTemplate> templates = new ArrayList<>();
        List<PluginDescriptor.WebSection> sections = new ArrayList<>();
        List<PluginDescriptor.WebItem> items = new ArrayList<>();
        List<PluginDescriptor.ClassRef> others = new ArrayList<>();
        List<String> allowlist = new ArrayList<>();
        Map<String, String> pluginInfo = new LinkedHashMap<>();

        for (Element e : children(root)) {
            switch (e.getTagName()) {
                case "resource" -> {
                    if ("i18n".equals(e.getAttribute("type"))) {
                        i18n.add(e.getAttribute("location"));
                    }
                }
                case "plugin-info" -> pluginInfo.putAll(pluginInfo(e));
                case "xhtml-macro" -> macros.add(macro(e));
                case "rest" -> rest.add(new PluginDescriptor.Rest(e.getAttribute("key"), e.getAttribute("path"),
                        e.getAttribute("version"), texts(e, "package")));
                case "servlet" -> servlets.add(new PluginDescriptor.Servlet(e.getAttribute("key"),
                        e.getAttribute("class"), texts(e, "url-pattern"), initParams(e)));
                case "servlet-filter", "servlet-context-listener" -> others.add(new PluginDescriptor.ClassRef(
                        "<" + e.getTagName() + " key=\"" + e.getAttribute("key") + "\" class=\""
                                + e.getAttribute("class") + "\">", e.getAttribute("class")));
                case "web-resource" -> webResources.add(webResource(e));
                case "ao" -> ao.add(new PluginDescriptor.ActiveObjects(e.getAttribute("key"),
                        e.getAttribute("namespace"), texts(e, "entity"), texts(e, "upgradeTask")));
                case "job-config" -> jobs.add(job(e));
                case "content-template" -> templates.add(contentTemplate(e));
                case "space-blueprint" -> spaceBlueprints.add(spaceBlueprint(e));
                case "web-section" -> sections.add(new PluginDescriptor.WebSection(e.getAttribute("key"),
                        e.getAttribute("name"), e.getAttribute("location"), intAttr(e, "weight"), labelKey(e)));
                case "web-item" -> items.add(webItem(e));
                case "velocity-allowlist" -> allowlist.addAll(texts(e, "method"));
                default -> {
                    // plugin-info, rest-migration, struts, ...: nothing to register
                }
            }
        }
        return new PluginDescriptor(key, name, i18n, macros, rest, servlets, webResources, ao, jobs,
                spaceBlueprints, templates, sections, items, others, allowlist, pluginInfo);
    }

    /** plugin-info as UPM reads it: description, version, vendor and its url, and every param by name. */
    private static Map<String, String> pluginInfo(Element e) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("description", text(child(e, "description")));
        info.put("version", text(child(e, "version")));
        Element vendor = child(e, "vendor");
        if (vendor != null) {
            info.put("vendor", vendor.getAttribute("name"));
            info.put("vendor-url", vendor.getAttribute("url"));
        }
        for (Element param : children(e, "param")) {
            info.put(param.getAttribute("name"), text(param));
        }
        return info;
    }

    private static PluginDescriptor.Macro macro(Element e) {
        List<PluginDescriptor.MacroParameter> params = new ArrayList<>();
        Element parameters = child(e, "parameters");
        if (parameters != null) {
            for (Element p : children(parameters, "parameter")) {
                List<String> values = new ArrayList<>();
                for (Element v : children(p, "value")) {
                    values.add(v.getAttribute("name"));
                }
                String def = p.hasAttribute("default") ? p.getAttribute("default") : text(child(p, "default"));
                params.add(new PluginDescriptor.MacroParameter(p.getAttribute("name"), p.getAttribute("type"),
                        Boolean.parseBoolean(p.getAttribute("required")),
                        Boolean.parseBoolean(p.getAttribute("multiple")), def, values));
            }
        }
        Element category = child(e, "category");
        return new PluginDescriptor.Macro(e.getAttribute("key"), e.getAttribute("name"), e.getAttribute("class"),
                e.getAttribute("icon"), category == null ? null : category.getAttribute("name"),
                Boolean.parseBoolean(e.getAttribute("hidden")), params);
    }

    private static PluginDescriptor.WebResource webResource(Element e) {
        List<PluginDescriptor.Resource> resources = new ArrayList<>();
        for (Element r : children(e, "resource")) {
            resources.add(new PluginDescriptor.Resource(r.getAttribute("type"), r.getAttribute("name"),
                    r.getAttribute("location")));
        }
        return new PluginDescriptor.WebResource(e.getAttribute("key"), resources, texts(e, "dependency"),
                texts(e, "context"));
    }

    private static PluginDescriptor.Job job(Element e) {
        Element job = child(e, "job");
        Element schedule = child(e, "schedule");
        String cron = schedule == null || schedule.getAttribute("cron-expression").isBlank()
                ? null : schedule.getAttribute("cron-expression");
        Long interval = schedule == null || schedule.getAttribute("repeat-interval").isBlank()
                ? null : Long.valueOf(schedule.getAttribute("repeat-interval").trim());
        return new PluginDescriptor.Job(e.getAttribute("key"), e.getAttribute("name"),
                job == null ? null : job.getAttribute("key"), cron, interval,
                job != null && Boolean.parseBoolean(job.getAttribute("perClusterJob")));
    }

    private static PluginDescriptor.ContentTemplate contentTemplate(Element e) {
        String location = null;
        for (Element r : children(e, "resource")) {
            if ("template".equals(r.getAttribute("name")) || location == null) {
                location = r.getAttribute("location");
            }
        }
        Element provider = child(e, "context-provider");
        return new PluginDescriptor.ContentTemplate(e.getAttribute("key"), e.getAttribute("i18n-name-key"), location,
                provider == null ? null : provider.getAttribute("class"));
    }

    private static PluginDescriptor.SpaceBlueprint spaceBlueprint(Element e) {
        Element home = child(e, "content-template");
        List<PluginDescriptor.WizardPage> pages = new ArrayList<>();
        Element wizard = child(e, "dialog-wizard");
        if (wizard != null) {
            for (Element p : children(wizard, "dialog-page")) {
                pages.add(new PluginDescriptor.WizardPage(p.getAttribute("id"), p.getAttribute("template-key"),
                        p.getAttribute("title-key"), p.getAttribute("description-header-key"),
                        p.getAttribute("description-content-key"), Boolean.parseBoolean(p.getAttribute("last"))));
            }
        }
        return new PluginDescriptor.SpaceBlueprint(e.getAttribute("key"), e.getAttribute("i18n-name-key"),
                e.getAttribute("category"), home == null ? null : templateNode(home), pages);
    }

    private static PluginDescriptor.TemplateNode templateNode(Element e) {
        List<PluginDescriptor.TemplateNode> kids = new ArrayList<>();
        for (Element c : children(e, "content-template")) {
            kids.add(templateNode(c));
        }
        return new PluginDescriptor.TemplateNode(e.getAttribute("ref"), kids);
    }

    private static PluginDescriptor.WebItem webItem(Element e) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element p : children(e, "param")) {
            params.put(p.getAttribute("name"), p.hasAttribute("value") ? p.getAttribute("value") : text(p));
        }
        List<String> conditions = new ArrayList<>();
        collectConditions(e, conditions);
        List<PluginDescriptor.Resource> itemResources = new ArrayList<>();
        for (Element r : children(e, "resource")) {
            itemResources.add(new PluginDescriptor.Resource(r.getAttribute("type"), r.getAttribute("name"),
                    r.getAttribute("location")));
        }
        return new PluginDescriptor.WebItem(e.getAttribute("key"), e.getAttribute("name"),
                e.getAttribute("section"), intAttr(e, "weight"), labelKey(e), text(child(e, "link")), params,
                conditions, child(e, "description") == null ? null
                : child(e, "description").getAttribute("key"), itemResources);
    }

    private static void collectConditions(Element e, List<String> into) {
        for (Element c : children(e)) {
            if ("condition".equals(c.getTagName()) && !c.getAttribute("class").isBlank()) {
                into.add(c.getAttribute("class"));
            } else if ("conditions".equals(c.getTagName())) {
                collectConditions(c, into);
            }
        }
    }

    private static Map<String, String> initParams(Element e) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element p : children(e, "init-param")) {
            params.put(text(child(p, "param-name")), text(child(p, "param-value")));
        }
        return params;
    }

    private static String labelKey(Element e) {
        Element label = child(e, "label");
        return label == null ? null : label.getAttribute("key");
    }

    private static int intAttr(Element e, String name) {
        String v = e.getAttribute(name);
        return v.isBlank() ? 0 : Integer.parseInt(v.trim());
    }

    private static Document parse(InputStream in) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(in);
        } catch (Exception ex) {
            throw new SandboxStartException("atlassian-plugin.xml cannot be parsed: " + ex.getMessage(), ex);
        }
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }

    static List<Element> children(Element parent, String tag) {
        return children(parent).stream().filter(c -> c.getTagName().equals(tag)).toList();
    }

    static Element child(Element parent, String tag) {
        List<Element> c = children(parent, tag);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent, tag).stream().map(DescriptorReader::text).toList();
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().trim();
    }
}
