// Stand-in for com.atlassian.confluence:confluence.
// seen: decompiled Confluence 8.7.2 (com/atlassian/confluence/mail/template/ConfluenceMailQueueItem.java)
package com.atlassian.confluence.mail.template;

import com.atlassian.mail.MailException;
import com.atlassian.mail.queue.MailQueueItem;
import jakarta.activation.DataSource;
import java.util.Collection;
import java.util.Date;

// The constructor with attachedImages: each DataSource becomes a part of a "related" multipart, named (Content-ID
// and file name) by DataSource#getName. The real 8.7 class takes javax.activation.DataSource; Confluence 10's
// Jakarta platform is taken to move it to jakarta.activation (UNCONFIRMED).
// A value class here: sending is host behaviour (the sandbox's task manager reads the queued item instead).
public class ConfluenceMailQueueItem implements MailQueueItem {

    public static final String MIME_TYPE_HTML = "text/html";
    public static final String MIME_TYPE_TEXT = "text/plain";

    private final String toAddress;
    private final String ccAddress;
    private final String subject;
    private final String body;
    private final String mimeType;
    private final Collection<DataSource> attachedImages;
    private final Date dateQueued = new Date();

    public ConfluenceMailQueueItem(String toAddress, String subject, String body, String mimeType) {
        this(toAddress, null, subject, body, mimeType, null);
    }

    public ConfluenceMailQueueItem(String toAddress, String ccAddress, String subject, String body, String mimeType,
            Collection<DataSource> attachedImages) {
        this.toAddress = toAddress;
        this.ccAddress = ccAddress;
        this.subject = subject;
        this.body = body;
        this.mimeType = mimeType;
        this.attachedImages = attachedImages;
    }

    @Override
    @Deprecated
    public void send() throws MailException {
        throw new MailException("the stand-in sends nothing");
    }

    @Override
    public int compareTo(MailQueueItem o) {
        return 0;
    }

    @Override
    public String getSubject() {
        return subject;
    }

    @Override
    public Date getDateQueued() {
        return dateQueued;
    }

    @Override
    public int getSendCount() {
        return 0;
    }

    @Override
    public boolean hasError() {
        return false;
    }

    public String getBody() {
        return body;
    }
}
