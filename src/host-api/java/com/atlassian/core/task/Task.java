// Stand-in for com.atlassian.core:atlassian-core.
// seen: decompiled Confluence 8.7.2 distribution (com/atlassian/core/task, used by Confluence's mail queue)
package com.atlassian.core.task;

public interface Task {

    void execute() throws Exception;
}
