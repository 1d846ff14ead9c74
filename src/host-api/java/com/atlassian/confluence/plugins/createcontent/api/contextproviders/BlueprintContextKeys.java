// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

public enum BlueprintContextKeys {
    SPACE_KEY("spaceKey"),
    BLUEPRINT_MODULE_KEY("blueprintKey"),
    BLUEPRINT_ID("blueprintId"),
    TEMPLATE_LABEL("templateLabel"),
    ANALYTICS_KEY("analyticsKey"),
    CREATE_RESULT("createResult"),
    CREATE_FROM_TEMPLATE_LABEL("createFromTemplateLabel"),
    CONTENT_PAGE_TITLE("ContentPageTitle"),
    NO_PAGE_TITLE_PREFIX("noPageTitlePrefix");

    private final String key;

    BlueprintContextKeys(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
