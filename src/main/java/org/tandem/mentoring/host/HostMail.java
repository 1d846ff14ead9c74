package org.tandem.mentoring.host;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.sal.api.user.UserKey;
import jakarta.activation.DataSource;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Mail to a person, through Confluence's mail queue (the "mail" queue of the {@link MultiQueueTaskManager}, as
 * Confluence's own contact-administrators action queues a {@link ConfluenceMailQueueItem}), plain text or HTML,
 * with files attached where asked (such as a calendar entry) the way Confluence attaches images to its own mail;
 * the callers never put confidential text in it.
 */
@Named
public class HostMail {

    static final String QUEUE = "mail";

    private final MultiQueueTaskManager taskManager;
    private final UserAccessor userAccessor;

    public HostMail(MultiQueueTaskManager taskManager, UserAccessor userAccessor) {
        this.taskManager = taskManager;
        this.userAccessor = userAccessor;
    }

    /** Queues a plain-text mail to the person; false when they have no address. */
    public boolean send(String userKey, String subject, String body) {
        return send(userKey, subject, body, false);
    }

    /** Queues a mail to the person, its body HTML or plain text; false when they have no address. */
    public boolean send(String userKey, String subject, String body, boolean html) {
        return send(userKey, subject, body, html, List.of());
    }

    /** Queues a mail to the person with files attached; false when they have no address. */
    public boolean send(String userKey, String subject, String body, boolean html, List<Attachment> attachments) {
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            return false;
        }
        String type = html ? ConfluenceMailQueueItem.MIME_TYPE_HTML : ConfluenceMailQueueItem.MIME_TYPE_TEXT;
        taskManager.addTask(QUEUE, new Queued(attachments.isEmpty()
                ? new ConfluenceMailQueueItem(user.getEmail(), subject, body, type)
                : new ConfluenceMailQueueItem(user.getEmail(), null, subject, body, type,
                        new ArrayList<DataSource>(attachments))));
        return true;
    }

    /** A text file attached to a mail: its name, its MIME type and its text, sent as UTF-8. */
    public static final class Attachment implements DataSource, Serializable {

        private static final long serialVersionUID = 1L;
        private final String name;
        private final String contentType;
        private final String text;

        public Attachment(String name, String contentType, String text) {
            this.name = name;
            this.contentType = contentType;
            this.text = text;
        }

        public String text() {
            return text;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            throw new IOException("an attachment is read only");
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** The queued item: sending it is the queue's work. */
    public static final class Queued implements Task, Serializable {

        private static final long serialVersionUID = 1L;
        private final ConfluenceMailQueueItem item;

        Queued(ConfluenceMailQueueItem item) {
            this.item = item;
        }

        public ConfluenceMailQueueItem item() {
            return item;
        }

        @Override
        @SuppressWarnings("deprecation")
        public void execute() throws Exception {
            item.send();
        }
    }
}
