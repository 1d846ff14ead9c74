package org.tandem.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The mail outbox: nothing leaves the machine; /sandbox/mail shows what was sent, each mail dated by the sandbox's
 * clock (which a test may have moved on).
 */
public final class SandboxMail {

    public record Mail(Instant sentAt, String to, String subject, String body, String mimeType,
            List<Attachment> attachments) {
        public Mail {
            attachments = List.copyOf(attachments);
        }
    }

    /** A file that came with a mail, with its text. */
    public record Attachment(String name, String contentType, String text) {
    }

    private final List<Mail> sent = new ArrayList<>();
    private final Clock clock;

    public SandboxMail(Clock clock) {
        this.clock = clock;
    }

    public synchronized void send(String to, String subject, String body, String mimeType) {
        send(to, subject, body, mimeType, List.of());
    }

    public synchronized void send(String to, String subject, String body, String mimeType,
            List<Attachment> attachments) {
        sent.add(new Mail(clock.instant(), to, subject, body, mimeType, attachments));
    }

    /** Newest first. */
    public synchronized List<Mail> outbox() {
        List<Mail> copy = new ArrayList<>(sent);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
