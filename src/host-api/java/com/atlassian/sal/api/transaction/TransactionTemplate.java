// Stand-in for com.atlassian.sal:sal-api.
package com.atlassian.sal.api.transaction;

public interface TransactionTemplate {

    <T> T execute(TransactionCallback<T> action);
}
