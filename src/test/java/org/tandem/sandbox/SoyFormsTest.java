package org.tandem.sandbox;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The sandbox's reading of the plugin's Soy wizard form. */
public class SoyFormsTest {

    private final PropertiesText text = new PropertiesText(getClass().getClassLoader(),
            List.of("i18n/tandem", "i18n/tandem-blueprint"));
    private final SoyForms soy = new SoyForms(getClass().getClassLoader(), text);

    @Test
    public void render_shouldTurnThePluginsWizardIntoAFormWithItsTexts() {
        String html = soy.render("Tandem.Blueprint.wizardForm", List.of("templates/blueprint/wizard.soy"));

        assertTrue(html, html.startsWith("<form action=\"#\" method=\"post\" class=\"aui tandem-programme-wizard\""));
        assertTrue(html.endsWith("</form>"));
        assertTrue(html.contains(">Programme name<"));
        assertTrue(html.contains("name=\"programmeType\""));
        assertFalse(html.contains("{"));
        assertFalse(html.contains("\n"));
    }

    @Test
    public void render_shouldEscapeTheTextsAsSoyDoes() {
        String html = soy.render("Tandem.Blueprint.wizardForm", List.of("templates/blueprint/wizard.soy"));

        assertTrue(html, html.contains("for example &quot;80% of pairs meet at the agreed cadence&quot;."));
    }

    @Test
    public void joinLines_shouldJoinTagsTightAndTextWithASpace() {
        assertEquals("<p>one two</p><b>x</b>", SoyForms.joinLines("  <p>one\n   two</p>\n<b>x</b>\n"));
    }

    @Test
    public void render_shouldRefuseAnUnknownTemplate() {
        try {
            soy.render("Tandem.Blueprint.nothing", List.of("templates/blueprint/wizard.soy"));
            fail("expected a refusal");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("Tandem.Blueprint.nothing"));
        }
    }

    @Test
    public void render_shouldRefuseSoyItCannotRunRatherThanShowADifferentForm() {
        try {
            soy.render("Test.Forms.conditional", List.of("sandbox/testplugin/conditional.soy"));
            fail("expected a refusal");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("{if $open}"));
        }
    }
}
