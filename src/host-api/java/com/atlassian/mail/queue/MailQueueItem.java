// Stand-in for com.atlassian.mail:atlassian-mail.
// seen: decompiled Confluence 8.7.2 (com/atlassian/mail/queue/MailQueueItem.java)
package com.atlassian.mail.queue;

import com.atlassian.mail.MailException;
import java.util.Date;

public interface MailQueueItem extends Comparable<MailQueueItem> {

    void send() throws MailException;

    String getSubject();

    Date getDateQueued();

    int getSendCount();

    boolean hasError();
}
