// Stand-in for com.atlassian.confluence.plugins:confluence-create-content-plugin.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.confluence.plugins.createcontent.impl;

import java.util.UUID;

public abstract class UuidBacked {

    private UUID id;

    protected UuidBacked() {
    }

    public UuidBacked(UUID id) {
        this.id = id;
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }
}
