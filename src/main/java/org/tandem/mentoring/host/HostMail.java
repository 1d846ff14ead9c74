package org.tandem.mentoring.host;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Mail to a person, through Confluence's mail queue (the "mail" queue of the {@link MultiQueueTaskManager}, as
 * Confluence's own contact-administrators action queues a {@link ConfluenceMailQueueItem}), plain text or HTML;
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
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            return false;
        }
        taskManager.addTask(QUEUE, new Queued(new ConfluenceMailQueueItem(user.getEmail(), subject, body,
                html ? ConfluenceMailQueueItem.MIME_TYPE_HTML : ConfluenceMailQueueItem.MIME_TYPE_TEXT)));
        return true;
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
