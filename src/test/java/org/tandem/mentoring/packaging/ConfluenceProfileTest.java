package org.tandem.mentoring.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The real build (profile confluence) cannot run here, so it is read: every dependency either gives a version or is
 * one an imported BOM is known to manage, and the OSGi imports name what the code needs from the host.
 */
public class ConfluenceProfileTest {

    /**
     * What each BOM is known to manage: artifacts public Confluence 10 apps declare without a version under it
     * (deftdevs/bootstrapi for 10.2 imports both; the platform artifacts match Atlassian's Slack app for 10.0).
     */
    private static final Map<String, Set<String>> MANAGED_BY = Map.of(
            "com.atlassian.confluence:confluence-plugins-platform-pom", Set.of(
                    "com.atlassian.activeobjects:activeobjects-plugin",
                    "com.atlassian.sal:sal-api",
                    "com.atlassian.templaterenderer:atlassian-template-renderer-api",
                    "com.atlassian.plugin:atlassian-spring-scanner-annotation",
                    "com.atlassian.plugins:atlassian-plugins-webresource-api",
                    "com.atlassian.event:atlassian-event",
                    "com.atlassian.plugins.rest:atlassian-rest-v2-api",
                    "jakarta.servlet:jakarta.servlet-api",
                    "jakarta.ws.rs:jakarta.ws.rs-api",
                    "jakarta.inject:jakarta.inject-api",
                    "org.springframework:spring-context",
                    "com.fasterxml.jackson.core:jackson-databind",
                    "org.slf4j:slf4j-api"),
            "com.atlassian.confluence:confluence-api", Set.of(
                    "com.atlassian.confluence:confluence",
                    "com.atlassian.crowd:crowd-api",
                    "com.atlassian.crowd:embedded-crowd-api"));

    private Element profile;

    @Before
    public void readProfile() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(new File("pom.xml"));
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element candidate = (Element) profiles.item(i);
            if ("confluence".equals(text(candidate, "id"))) {
                profile = candidate;
            }
        }
        assertTrue("no confluence profile in pom.xml", profile != null);
    }

    @Test
    public void dependencies_shouldHaveAVersionOrOneAnImportedBomManages() {
        Set<String> managed = new TreeSet<>();
        for (Element dependency : dependencies(child(profile, "dependencyManagement"))) {
            if ("import".equals(text(dependency, "scope"))) {
                managed.addAll(MANAGED_BY.getOrDefault(coordinates(dependency), Set.of()));
            }
        }
        List<String> unmanaged = new ArrayList<>();
        for (Element dependency : dependencies(profile)) {
            if (text(dependency, "version") == null && !managed.contains(coordinates(dependency))) {
                unmanaged.add(coordinates(dependency));
            }
        }
        assertEquals("dependencies without a version that no imported BOM is known to manage", List.of(), unmanaged);
    }

    @Test
    public void confluenceAndTheBlueprintPlugin_shouldBePinned() {
        for (Element dependency : dependencies(profile)) {
            String coordinates = coordinates(dependency);
            if (coordinates.equals("com.atlassian.confluence:confluence")
                    || coordinates.equals("com.atlassian.confluence.plugins:confluence-create-content-plugin")) {
                assertTrue(coordinates + " has no version", text(dependency, "version") != null);
            }
        }
    }

    @Test
    public void importPackage_shouldNameTheNativeSqlProvidersAndNoBlueprintImplementation() {
        NodeList imports = profile.getElementsByTagName("Import-Package");
        assertEquals(1, imports.getLength());
        List<String> lines = imports.item(0).getTextContent().lines().map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
        assertTrue(lines.toString(), lines.contains("net.java.ao.db,"));
        assertTrue(lines.toString(), lines.stream().noneMatch(line -> line.contains("createcontent.impl")
                && !line.contains("resolution:=\"optional\"")));
    }

    private static List<Element> dependencies(Element parent) {
        List<Element> out = new ArrayList<>();
        Element dependencies = parent == null ? null : child(parent, "dependencies");
        if (dependencies == null) {
            return out;
        }
        for (Node node = dependencies.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals("dependency")) {
                out.add(element);
            }
        }
        return out;
    }

    private static String coordinates(Element dependency) {
        return text(dependency, "groupId") + ":" + text(dependency, "artifactId");
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().trim();
    }
}
