package org.tandem.mentoring.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checks the jar the standalone build packages: what Confluence would load. */
public class PluginJarIT {

    private File jarFile;

    @Before
    public void findJar() {
        String path = System.getProperty("tandem.jar");
        assertNotNull("system property tandem.jar is not set (run through failsafe)", path);
        jarFile = new File(path);
        assertTrue("plugin jar missing: " + jarFile, jarFile.isFile());
    }

    @Test
    public void jar_shouldHoldTheDescriptorAtItsRoot() throws Exception {
        try (JarFile jar = new JarFile(jarFile)) {
            assertNotNull(jar.getEntry("atlassian-plugin.xml"));
        }
    }

    @Test
    public void jar_shouldHoldNoHostApiClass() throws Exception {
        List<String> hostClasses = new ArrayList<>();
        try (JarFile jar = new JarFile(jarFile)) {
            Enumeration<? extends ZipEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith("com/atlassian/") || name.startsWith("net/java/ao/")) {
                    hostClasses.add(name);
                }
            }
        }
        assertEquals("the host API stand-in must never be packaged", List.of(), hostClasses);
    }

    @Test
    public void descriptor_shouldHaveItsPropertiesFilledIn() throws Exception {
        Element root = descriptor().getDocumentElement();
        assertEquals("org.tandem.tandem", root.getAttribute("key"));
        assertFalse(root.getAttribute("name").contains("${"));
    }

    @Test
    public void everyClassTheDescriptorNames_shouldBeInTheJar() throws Exception {
        Document descriptor = descriptor();
        List<String> missing = new ArrayList<>();
        List<String> named = namedClasses(descriptor);
        assertFalse("the descriptor names no class", named.isEmpty());
        try (JarFile jar = new JarFile(jarFile)) {
            for (String className : named) {
                if (jar.getEntry(className.replace('.', '/') + ".class") == null) {
                    missing.add(className);
                }
            }
            for (String pkg : textOf(descriptor, "package")) {
                if (jar.getEntry(pkg.replace('.', '/') + "/") == null) {
                    missing.add("package " + pkg);
                }
            }
            for (String location : resourceLocations(descriptor)) {
                if (jar.getEntry(location) == null) {
                    missing.add("resource " + location);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private Document descriptor() throws Exception {
        try (JarFile jar = new JarFile(jarFile); InputStream in = jar.getInputStream(jar.getEntry("atlassian-plugin.xml"))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<String> namedClasses(Document descriptor) {
        List<String> names = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String className = element.getAttribute("class");
            if (!className.isEmpty()) {
                names.add(className);
            }
        }
        names.addAll(textOf(descriptor, "entity"));
        names.addAll(textOf(descriptor, "upgradeTask"));
        return names;
    }

    private static List<String> resourceLocations(Document descriptor) {
        List<String> locations = new ArrayList<>();
        NodeList resources = descriptor.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            String location = resource.getAttribute("location");
            if ("i18n".equals(resource.getAttribute("type"))) {
                locations.add(location.replace('.', '/') + ".properties");
            } else if (!location.isEmpty()) {
                locations.add(location);
            }
        }
        return locations;
    }

    private static List<String> textOf(Document descriptor, String tag) {
        List<String> values = new ArrayList<>();
        NodeList nodes = descriptor.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }
}
