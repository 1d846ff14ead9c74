package org.tandem.mentoring.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the Universal Plugin Manager and the Marketplace read from plugin-info: the icon and logo are PNGs of the
 * sizes Atlassian asks for, served by a download resource; the configure link leads to the administration servlet;
 * licensing and read-only mode are declared; the user guide and release notes exist.
 */
public class PluginListingTest {

    private static Element pluginInfo;
    private static Document descriptor;

    @BeforeClass
    public static void read() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        descriptor = factory.newDocumentBuilder().parse(Path.of("atlassian-plugin.xml").toFile());
        pluginInfo = (Element) descriptor.getElementsByTagName("plugin-info").item(0);
    }

    @Test
    public void iconAndLogo_shouldBePngsOfTheirSizeServedAsDownloads() throws Exception {
        Map<String, String> params = params();
        assertImage(params.get("plugin-icon"), PluginImages.ICON_SIZE);
        assertImage(params.get("plugin-logo"), PluginImages.LOGO_SIZE);
        boolean served = false;
        NodeList resources = descriptor.getDocumentElement().getChildNodes();
        for (int i = 0; i < resources.getLength(); i++) {
            if (resources.item(i) instanceof Element e && e.getTagName().equals("resource")
                    && e.getAttribute("type").equals("download") && e.getAttribute("name").equals("images/")
                    && e.getAttribute("location").equals("images")) {
                served = true;
            }
        }
        assertTrue("a download resource serves images/", served);
    }

    @Test
    public void configureUrl_shouldLeadToTheAdministrationServlet() {
        String url = params().get("configure.url");
        NodeList patterns = descriptor.getElementsByTagName("url-pattern");
        boolean found = false;
        for (int i = 0; i < patterns.getLength(); i++) {
            found |= url.equals("/plugins/servlet" + patterns.item(i).getTextContent().trim());
        }
        assertTrue(url, found);
        assertEquals("/plugins/servlet/tandem/admin", url);
    }

    @Test
    public void licensingAndReadOnlyMode_shouldBeDeclared() {
        assertEquals("true", params().get("atlassian-licensing-enabled"));
        assertEquals("true", params().get("read-only-access-mode-compatible"));
        Element vendor = (Element) pluginInfo.getElementsByTagName("vendor").item(0);
        assertEquals("${project.organization.name}", vendor.getAttribute("name"));
        assertEquals("${project.organization.url}", vendor.getAttribute("url"));
    }

    @Test
    public void userGuideAndReleaseNotes_shouldExist() throws Exception {
        String guide = Files.readString(Path.of("docs/user-guide.md"));
        for (String audience : new String[] {"## Coordinators", "## Managers", "## Staff", "## Administrators"}) {
            assertTrue(audience, guide.contains(audience));
        }
        assertTrue(Files.readString(Path.of("docs/release-notes.md")).startsWith("# Release notes"));
    }

    private static void assertImage(String location, int size) throws Exception {
        Path file = Path.of("src/main/resources").resolve(location);
        assertTrue(file.toString(), Files.isRegularFile(file));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(location, size, image.getWidth());
        assertEquals(location, size, image.getHeight());
    }

    private static Map<String, String> params() {
        Map<String, String> params = new HashMap<>();
        NodeList list = pluginInfo.getElementsByTagName("param");
        for (int i = 0; i < list.getLength(); i++) {
            Element param = (Element) list.item(i);
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        return params;
    }
}
