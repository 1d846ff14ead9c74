// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin (UNCONFIRMED: the dialog wizard API package, imported by SpaceBlueprint; artifact not seen).
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.plugins.dialog.wizard.api;

/** A blueprint's dialog wizard as the create-content plugin keeps it; Tandem only passes it along. */
public class DialogWizard {
}
