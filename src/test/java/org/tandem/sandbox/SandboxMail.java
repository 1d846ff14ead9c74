package org.tandem.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The mail outbox: nothing leaves the machine; /sandbox/mail shows what was sent, each mail dated by the sandbox's
 * clock (which a test may have moved on) and marked with the node that sent it. Kept in the sandbox's database, so
 * every node shows the one outbox.
 */
public final class SandboxMail {

    public record Mail(Instant sentAt, String to, String subject, String body, String mimeType, String node,
            List<Attachment> attachments) {
        public Mail {
            attachments = List.copyOf(attachments);
        }
    }

    /** A file that came with a mail, with its text. */
    public record Attachment(String name, String contentType, String text) {
    }

    private final SandboxDatabase db;
    private final Clock clock;
    private final String node;

    public SandboxMail(SandboxDatabase db, Clock clock, String node) {
        this.db = db;
        this.clock = clock;
        this.node = node;
        db.ddl("CREATE TABLE IF NOT EXISTS SBX_MAIL (ID " + db.identity() + " PRIMARY KEY, SENT_AT TIMESTAMP,"
                + " TO_ADDRESS VARCHAR(1000), SUBJECT VARCHAR(1000), BODY " + db.text() + ", MIME_TYPE VARCHAR(100),"
                + " NODE VARCHAR(255))",
                "CREATE TABLE IF NOT EXISTS SBX_MAIL_FILE (MAIL_ID BIGINT, NAME VARCHAR(255), CONTENT_TYPE"
                + " VARCHAR(255), CONTENT " + db.text() + ")");
    }

    public void send(String to, String subject, String body, String mimeType) {
        send(to, subject, body, mimeType, List.of());
    }

    public void send(String to, String subject, String body, String mimeType, List<Attachment> attachments) {
        try (Connection c = db.connection()) {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO SBX_MAIL (SENT_AT, TO_ADDRESS, SUBJECT, BODY,"
                    + " MIME_TYPE, NODE) VALUES (?,?,?,?,?,?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setTimestamp(1, Timestamp.from(clock.instant()));
                ps.setString(2, to);
                ps.setString(3, subject);
                ps.setString(4, body);
                ps.setString(5, mimeType);
                ps.setString(6, node);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1); // the identity column, which comes first (PostgreSQL returns every column)
                }
            }
            for (Attachment attachment : attachments) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO SBX_MAIL_FILE (MAIL_ID, NAME,"
                        + " CONTENT_TYPE, CONTENT) VALUES (?,?,?,?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, attachment.name());
                    ps.setString(3, attachment.contentType());
                    ps.setString(4, attachment.text());
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot put a mail in the outbox: " + e.getMessage(), e);
        }
    }

    /** Newest first. */
    public List<Mail> outbox() {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT SENT_AT, TO_ADDRESS, SUBJECT, BODY, MIME_TYPE, NODE,"
                     + " ID FROM SBX_MAIL ORDER BY ID DESC");
             PreparedStatement files = c.prepareStatement("SELECT MAIL_ID, NAME, CONTENT_TYPE, CONTENT FROM"
                     + " SBX_MAIL_FILE");
             ResultSet rs = ps.executeQuery();
             ResultSet fs = files.executeQuery()) {
            java.util.Map<Long, List<Attachment>> attached = new java.util.HashMap<>();
            while (fs.next()) {
                attached.computeIfAbsent(fs.getLong(1), k -> new ArrayList<>())
                        .add(new Attachment(fs.getString(2), fs.getString(3), fs.getString(4)));
            }
            List<Mail> mails = new ArrayList<>();
            while (rs.next()) {
                mails.add(new Mail(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6),
                        attached.getOrDefault(rs.getLong(7), List.of())));
            }
            return mails;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox: " + e.getMessage(), e);
        }
    }
}
