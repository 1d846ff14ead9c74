package org.tandem.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.tandem.mentoring.domain.participant.Participant;
import org.tandem.mentoring.domain.participant.ParticipantState;
import org.tandem.mentoring.store.ParticipantRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/** The plugin hears the host's user events in the sandbox as it would in Confluence. */
public class PluginUserEventsTest {

    private static final Set<ParticipantState> OPEN = EnumSet.of(ParticipantState.APPLIED,
            ParticipantState.AWAITING_MANAGER, ParticipantState.AWAITING_COORDINATOR, ParticipantState.APPROVED);

    private static Sandbox sandbox;

    @BeforeClass
    public static void start() throws Exception {
        Assume.assumeTrue("the build put the plugin descriptor on the classpath",
                PluginUserEventsTest.class.getClassLoader().getResource("atlassian-plugin.xml") != null);
        Path data = SandboxTestSupport.tempDir("user-events");
        sandbox = Sandbox.start(Sandbox.Config.forPlugin(0, data,
                SandboxTestSupport.basedir().resolve("src/test/sandbox-web")));
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    public void deactivation_shouldWithdrawThePersonsOpenApplications() {
        ParticipantRepository participants = new ParticipantRepository(sandbox.activeObjects());
        int programmeId = new ProgrammeRepository(sandbox.activeObjects()).findBySpaceKey(DemoData.SPACE)
                .orElseThrow().id();
        Participant open = participants.findByProgramme(programmeId).stream()
                .filter(p -> OPEN.contains(p.state()))
                .findFirst().orElseThrow();

        sandbox.deactivate(open.userKey());

        Participant after = participants.findById(open.id()).orElseThrow();
        assertEquals(ParticipantState.WITHDRAWN, after.state());
        assertTrue(participants.findByUser(open.userKey()).stream().noneMatch(p -> OPEN.contains(p.state())));
    }
}
