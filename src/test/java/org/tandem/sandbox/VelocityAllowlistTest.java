package org.tandem.sandbox;

import org.junit.Test;
import org.tandem.sandbox.testplugin.TemplateCard;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** Templates may call only what Confluence 9+ would let them call: the plugin's allowlist and the global list. */
public class VelocityAllowlistTest {

    private static final String TITLE = "org.tandem.sandbox.testplugin.TemplateCard#getTitle()";

    private final SandboxVelocity velocity = new SandboxVelocity(VelocityAllowlist.of(List.of(TITLE)));

    @Test
    public void render_shouldCallAMethodOnTheAllowlist() {
        assertEquals("Title &lt;1&gt;", velocity.renderFragment("#htmlSafe()$card.title",
                Map.of("card", new TemplateCard())));
    }

    @Test
    public void render_shouldRefuseAPluginMethodMissingFromTheAllowlist() {
        assertRefused("#htmlSafe()$card.secret", "TemplateCard#getSecret()");
        assertRefused("#htmlSafe()$card.getSecret()", "TemplateCard#getSecret()");
    }

    @Test
    public void render_shouldRefuseGetClass() {
        assertRefused("#htmlSafe()$name.getClass().getName()", "getClass");
        assertRefused("#htmlSafe()$card.class.name", "getClass");
    }

    @Test
    public void render_shouldRefuseReflectionReachedThroughAJdkValue() {
        assertRefused("#htmlSafe()$list.getClass().getClassLoader()", "getClass");
        assertRefused("#htmlSafe()$list.add('x')", "add");
    }

    @Test
    public void render_shouldNotReadAPublicField() {
        assertEquals("$card.note", velocity.renderFragment("#htmlSafe()$card.note",
                Map.of("card", new TemplateCard())));
    }

    @Test
    public void render_shouldAllowStringCollectionNumberAndEnumAccessors() {
        String out = velocity.renderFragment(
                "#htmlSafe()$name.toUpperCase() $name.length() $list.size() $list.isEmpty() $list.get(0)"
                        + " $map.get('k') $map.k $n.intValue() $mode.name()",
                Map.of("name", "ada", "list", List.of("a"), "map", Map.of("k", "v"), "n", 7,
                        "mode", Thread.State.NEW));
        assertEquals("ADA 3 1 false a v v 7 NEW", out);
    }

    @Test
    public void refusal_shouldBeNullOnlyForListedPluginMethods() throws Exception {
        VelocityAllowlist allowlist = VelocityAllowlist.of(List.of(TITLE));
        assertEquals(null, allowlist.refusal(TemplateCard.class.getMethod("getTitle")));
        assertTrue(allowlist.refusal(TemplateCard.class.getMethod("getSecret")) != null);
        assertTrue(allowlist.refusal(Object.class.getMethod("getClass")) != null);
        assertTrue(allowlist.refusal(Class.class.getMethod("getClassLoader")) != null);
        assertTrue(allowlist.refusal(Runtime.class.getMethod("exec", String.class)) != null);
        assertTrue(allowlist.refusal(System.class.getMethod("getenv", String.class)) != null);
    }

    @Test
    public void pluginDescriptor_shouldListOnlyMethodsThatExist() throws Exception {
        List<String> entries;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            entries = new DescriptorReader().read(in).velocityAllowlist();
        }
        assertFalse("the descriptor has a <velocity-allowlist>", entries.isEmpty());
        List<String> missing = new ArrayList<>();
        for (String entry : entries) {
            if (find(entry) == null) {
                missing.add(entry);
            }
        }
        assertEquals("allowlist entries naming no public method", List.of(), missing);
    }

    @Test
    public void pluginDescriptor_shouldListEachMethodInItsOwnForm() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            for (String entry : new DescriptorReader().read(in).velocityAllowlist()) {
                Method method = find(entry);
                if (method != null) {
                    assertEquals(entry, VelocityAllowlist.signature(method));
                    assertTrue(entry + " is a plugin class", VelocityAllowlist.isPluginClass(method.getDeclaringClass()));
                }
            }
        }
    }

    private static Method find(String entry) {
        int hash = entry.indexOf('#');
        int open = entry.indexOf('(');
        if (hash < 0 || open < hash || !entry.endsWith(")")) {
            return null;
        }
        try {
            Class<?> type = Class.forName(entry.substring(0, hash));
            String name = entry.substring(hash + 1, open);
            String params = entry.substring(open + 1, entry.length() - 1).trim();
            List<Class<?>> types = new ArrayList<>();
            for (String p : params.isEmpty() ? new String[0] : params.split(",")) {
                types.add(Class.forName(p.trim()));
            }
            Method method = type.getMethod(name, types.toArray(new Class<?>[0]));
            return method.getDeclaringClass() == type ? method : null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    private void assertRefused(String fragment, String expected) {
        try {
            String out = velocity.renderFragment(fragment, Map.of("card", new TemplateCard(), "name", "ada",
                    "list", new ArrayList<>(Arrays.asList("a"))));
            fail(fragment + " rendered: " + out);
        } catch (VelocityAllowlist.MethodNotAllowlistedException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(expected));
        }
    }
}
