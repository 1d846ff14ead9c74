// Stand-in for com.atlassian.sal:sal-api.
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {

    T doInTransaction();
}
