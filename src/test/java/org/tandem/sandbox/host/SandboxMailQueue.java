package org.tandem.sandbox.host;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.tandem.sandbox.SandboxMail;

/**
 * Confluence's task queues, of which only "mail" matters here: a queued {@link ConfluenceMailQueueItem} lands in
 * the outbox instead of an SMTP server. The real item has no getter for its address or MIME type, so the outbox
 * reads the stand-in's fields; a task that carries no item is run as it is.
 */
public final class SandboxMailQueue implements MultiQueueTaskManager {

    private final SandboxMail mail;

    public SandboxMailQueue(SandboxMail mail) {
        this.mail = mail;
    }

    @Override
    public void addTask(String queueName, Task task) {
        ConfluenceMailQueueItem item = itemOf(task);
        if (item == null) {
            try {
                task.execute();
            } catch (Exception e) {
                throw new IllegalStateException("queued task failed", e);
            }
            return;
        }
        mail.send(field(item, "toAddress"), item.getSubject(), item.getBody(), field(item, "mimeType"));
    }

    @Override
    public void flush(String queueName) {
        // the outbox is written at once
    }

    private static ConfluenceMailQueueItem itemOf(Task task) {
        if (task instanceof ConfluenceMailQueueItem item) {
            return item;
        }
        try {
            Method item = task.getClass().getMethod("item");
            Object value = item.invoke(task);
            return value instanceof ConfluenceMailQueueItem found ? found : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static String field(ConfluenceMailQueueItem item, String name) {
        try {
            Field field = ConfluenceMailQueueItem.class.getDeclaredField(name);
            field.setAccessible(true);
            return (String) field.get(item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the stand-in mail item has no " + name, e);
        }
    }
}
