// Stand-in for com.atlassian.activeobjects:activeobjects-plugin.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.activeobjects.external;

public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
