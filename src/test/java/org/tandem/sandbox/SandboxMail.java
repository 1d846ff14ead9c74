package org.tandem.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The mail outbox: nothing leaves the machine; /sandbox/mail shows what was sent. */
public final class SandboxMail {

    public record Mail(Instant sentAt, String to, String subject, String body, String mimeType) {
    }

    private final List<Mail> sent = new ArrayList<>();

    public synchronized void send(String to, String subject, String body, String mimeType) {
        sent.add(new Mail(Instant.now(), to, subject, body, mimeType));
    }

    /** Newest first. */
    public synchronized List<Mail> outbox() {
        List<Mail> copy = new ArrayList<>(sent);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
