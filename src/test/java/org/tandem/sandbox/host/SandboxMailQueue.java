package org.tandem.sandbox.host;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import jakarta.activation.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.tandem.sandbox.SandboxMail;

/**
 * Confluence's task queues, of which only "mail" matters here: a queued {@link ConfluenceMailQueueItem} lands in
 * the outbox instead of an SMTP server. The real item has no getter for its address or MIME type, so the outbox
 * reads the stand-in's fields, and the text of its attached files; a task that carries no item is run as it is.
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
        mail.send((String) field(item, "toAddress"), item.getSubject(), item.getBody(),
                (String) field(item, "mimeType"), attachments(item));
    }

    private static List<SandboxMail.Attachment> attachments(ConfluenceMailQueueItem item) {
        List<SandboxMail.Attachment> files = new ArrayList<>();
        Object attached = field(item, "attachedImages");
        if (attached instanceof Collection<?> sources) {
            for (Object source : sources) {
                DataSource file = (DataSource) source;
                try (InputStream in = file.getInputStream()) {
                    files.add(new SandboxMail.Attachment(file.getName(), file.getContentType(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new IllegalStateException("could not read the attached " + file.getName(), e);
                }
            }
        }
        return files;
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

    private static Object field(ConfluenceMailQueueItem item, String name) {
        try {
            Field field = ConfluenceMailQueueItem.class.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the stand-in mail item has no " + name, e);
        }
    }
}
