package org.tandem.sandbox.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.time.Clock;
import java.util.List;
import org.junit.Test;
import org.tandem.mentoring.host.HostMail;
import org.tandem.sandbox.SandboxMail;

public class SandboxMailQueueTest {

    @org.junit.Rule
    public final org.junit.rules.TemporaryFolder folder = new org.junit.rules.TemporaryFolder();

    private org.tandem.sandbox.SandboxDatabase database() {
        try {
            return new org.tandem.sandbox.SandboxDatabase(folder.newFolder().toPath());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void send_shouldPutTheAttachedFilesInTheOutbox() {
        SandboxMail outbox = new SandboxMail(database(), Clock.systemUTC(), "node-1");
        UserAccessor users = mock(UserAccessor.class);
        ConfluenceUser ada = mock(ConfluenceUser.class);
        when(ada.getEmail()).thenReturn("ada@example.com");
        when(users.getUserByKey(new UserKey("ada"))).thenReturn(ada);
        HostMail mail = new HostMail(new SandboxMailQueue(outbox), users);

        assertTrue(mail.send("ada", "Your rounds", "Round 1", false,
                List.of(new HostMail.Attachment("speed.ics", "text/calendar", "BEGIN:VCALENDAR\r\n"))));

        SandboxMail.Mail sent = outbox.outbox().get(0);
        assertEquals("ada@example.com", sent.to());
        assertEquals("text/plain", sent.mimeType());
        assertEquals(List.of(new SandboxMail.Attachment("speed.ics", "text/calendar", "BEGIN:VCALENDAR\r\n")),
                sent.attachments());
    }

    @Test
    public void send_shouldQueueAMailWithoutFilesAsBefore() {
        SandboxMail outbox = new SandboxMail(database(), Clock.systemUTC(), "node-1");
        UserAccessor users = mock(UserAccessor.class);
        ConfluenceUser ada = mock(ConfluenceUser.class);
        when(ada.getEmail()).thenReturn("ada@example.com");
        when(users.getUserByKey(new UserKey("ada"))).thenReturn(ada);

        new HostMail(new SandboxMailQueue(outbox), users).send("ada", "Hello", "<p>Hi</p>", true);

        assertEquals("text/html", outbox.outbox().get(0).mimeType());
        assertTrue(outbox.outbox().get(0).attachments().isEmpty());
    }
}
