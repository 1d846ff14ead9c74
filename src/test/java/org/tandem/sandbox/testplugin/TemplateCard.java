package org.tandem.sandbox.testplugin;

/** A value the test plugin hands to a template: one method on the allowlist, one not, and a public field. */
public final class TemplateCard {

    public final String note = "field";

    public String getTitle() {
        return "Title <1>";
    }

    public String getSecret() {
        return "secret";
    }
}
