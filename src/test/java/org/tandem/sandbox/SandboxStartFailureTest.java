package org.tandem.sandbox;

import org.junit.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** A descriptor that names a missing class, or a macro that is not a Macro, stops the start with a clear message. */
public class SandboxStartFailureTest {

    /** The plugin's real descriptor when the build put it on the classpath, else the test plugin's. */
    private static String descriptorText() throws Exception {
        for (String name : List.of("atlassian-plugin.xml", "sandbox/atlassian-plugin.xml")) {
            try (InputStream in = SandboxStartFailureTest.class.getClassLoader().getResourceAsStream(name)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("no descriptor on the classpath");
    }

    private static SandboxStartException startWith(String descriptor) throws Exception {
        Path dir = SandboxTestSupport.tempDir("broken");
        Path file = dir.resolve("atlassian-plugin.xml");
        Files.writeString(file, descriptor);
        Sandbox.Config config = Sandbox.Config.forPlugin(0, dir.resolve("data"), dir)
                .withDescriptor("file:" + file, List.of("org.tandem.mentoring", "org.tandem.sandbox.testplugin"));
        try (Sandbox ignored = Sandbox.start(config)) {
            fail("the sandbox started with a broken descriptor");
            return null;
        } catch (SandboxStartException e) {
            return e;
        }
    }

    @Test
    public void start_shouldFailNamingTheEntry_whenAClassNameIsBroken() throws Exception {
        String text = descriptorText();
        Matcher m = Pattern.compile("class=\"([\\w.]+)\"").matcher(text);
        assertTrue("the descriptor names a class", m.find());
        String original = m.group(1);
        String broken = original + "Missing";
        SandboxStartException e = startWith(text.replace("class=\"" + original + "\"", "class=\"" + broken + "\""));
        assertTrue(e.getMessage(), e.getMessage().contains(broken));
        assertTrue(e.getMessage(), e.getMessage().contains("atlassian-plugin.xml"));
    }

    @Test
    public void start_shouldFailNamingTheEntry_whenAnAoEntityIsMissing() throws Exception {
        String text = descriptorText();
        Matcher m = Pattern.compile("<entity>([\\w.]+)</entity>").matcher(text);
        if (!m.find()) {
            return;
        }
        SandboxStartException e = startWith(text.replace("<entity>" + m.group(1) + "</entity>",
                "<entity>" + m.group(1) + "Gone</entity>"));
        assertTrue(e.getMessage(), e.getMessage().contains(m.group(1) + "Gone"));
        assertTrue(e.getMessage(), e.getMessage().contains("<ao key="));
    }

    @Test
    public void start_shouldFail_whenAMacroClassDoesNotImplementMacro() throws Exception {
        String text = descriptorText();
        Matcher m = Pattern.compile("<xhtml-macro[^>]*class=\"([\\w.]+)\"").matcher(text);
        assertTrue("the descriptor declares a macro", m.find());
        String notAMacro = "org.tandem.sandbox.testplugin.NotAMacro";
        SandboxStartException e = startWith(text.replace("class=\"" + m.group(1) + "\"",
                "class=\"" + notAMacro + "\""));
        assertTrue(e.getMessage(), e.getMessage().contains(notAMacro));
        assertTrue(e.getMessage(), e.getMessage().contains("com.atlassian.confluence.macro.Macro"));
        assertTrue(e.getMessage(), e.getMessage().contains("<xhtml-macro key="));
    }

    @Test
    public void descriptorReader_shouldReadEveryModuleOfTheTestPlugin() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("sandbox/atlassian-plugin.xml")) {
            assertNotNull(in);
            PluginDescriptor d = new DescriptorReader().read(in);
            assertTrue(d.macros().get(0).parameters().stream().anyMatch(p -> p.name().equals("space")
                    && p.type().equals("spacekey")));
            assertTrue(d.restModules().get(0).mountPath().equals("/sandboxtest/1.0"));
            assertFalse(d.servlets().isEmpty());
            assertFalse(d.webResources().isEmpty());
            assertTrue(d.activeObjects().get(0).upgradeTasks().size() == 1);
            assertTrue(d.jobs().get(0).cronExpression().startsWith("0 0 3"));
            assertTrue(d.spaceBlueprints().get(0).home().ref().equals("test-home-template"));
            assertFalse(d.contentTemplates().isEmpty());
            assertFalse(d.webItems().isEmpty());
            assertFalse(d.webSections().isEmpty());
        }
    }
}
