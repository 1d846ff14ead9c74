// Stand-in for com.atlassian.core:atlassian-core.
// seen: decompiled Confluence 8.7.2 distribution (com/atlassian/core/task/MultiQueueTaskManager.java)
package com.atlassian.core.task;

// Only the members Tandem uses; the queue getters and setters are left out.
public interface MultiQueueTaskManager {

    void addTask(String queueName, Task task);

    void flush(String queueName);
}
