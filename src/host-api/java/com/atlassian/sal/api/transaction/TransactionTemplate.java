// Stand-in for com.atlassian.sal:sal-api.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.sal.api.transaction;

public interface TransactionTemplate {

    <T> T execute(TransactionCallback<T> action);
}
