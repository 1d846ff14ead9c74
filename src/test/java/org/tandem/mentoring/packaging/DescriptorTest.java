package org.tandem.mentoring.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.macro.Macro;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Before;
import org.junit.Test;
import org.tandem.mentoring.store.StoreEntities;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The descriptor at the top level agrees with the code it names. */
public class DescriptorTest {

    private Document descriptor;

    @Before
    public void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        descriptor = factory.newDocumentBuilder().parse(new File("atlassian-plugin.xml"));
    }

    @Test
    public void aoModule_shouldListEveryStoreEntityInOrder() {
        List<String> declared = texts("entity");
        List<String> entities = Arrays.stream(StoreEntities.all()).map(Class::getName).toList();

        assertEquals(entities, declared);
    }

    @Test
    public void macros_shouldNameClassesThatImplementMacro() throws Exception {
        NodeList macros = descriptor.getElementsByTagName("xhtml-macro");
        assertTrue(macros.getLength() > 0);
        for (int i = 0; i < macros.getLength(); i++) {
            Element macro = (Element) macros.item(i);
            Class<?> type = Class.forName(macro.getAttribute("class"));
            assertTrue(type.getName(), Macro.class.isAssignableFrom(type));
            assertTrue("macro names start with tandem-: " + macro.getAttribute("name"),
                    macro.getAttribute("name").startsWith("tandem-"));
        }
    }

    @Test
    public void descriptionKeys_shouldExistInTheDeclaredEnglishStrings() throws Exception {
        java.util.Properties strings = new java.util.Properties();
        NodeList resources = descriptor.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if ("i18n".equals(resource.getAttribute("type"))) {
                try (var in = getClass().getResourceAsStream("/" + resource.getAttribute("location") + ".properties")) {
                    strings.load(in);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            for (String attribute : List.of("key", "i18n-name-key")) {
                boolean isTextKey = attribute.equals("i18n-name-key")
                        || element.getTagName().equals("description") || element.getTagName().equals("label");
                String value = element.getAttribute(attribute);
                if (isTextKey && !value.isEmpty() && !strings.containsKey(value)) {
                    missing.add(value);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private List<String> texts(String tag) {
        List<String> values = new ArrayList<>();
        NodeList nodes = descriptor.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }
}
