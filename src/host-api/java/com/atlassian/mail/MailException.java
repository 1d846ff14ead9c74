// Stand-in for com.atlassian.mail:atlassian-mail.
// seen: decompiled Confluence 8.7.2 (thrown by com/atlassian/mail/queue/MailQueueItem#send)
package com.atlassian.mail;

public class MailException extends Exception {

    public MailException(String message) {
        super(message);
    }
}
