package org.tandem.sandbox;

import org.junit.rules.ExternalResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A sandbox for one test class: a fresh temporary data directory, the sandbox with its demo data on a free port, and
 * afterwards the sandbox stopped and the directory deleted. Use it as a {@code @ClassRule}.
 */
public final class SandboxRule extends ExternalResource {

    private final String name;
    private final boolean testPlugin;
    private Path dataDir;
    private Sandbox sandbox;

    private SandboxRule(String name, boolean testPlugin) {
        this.name = name;
        this.testPlugin = testPlugin;
    }

    /** Tandem itself: the top-level atlassian-plugin.xml, as bin/sandbox starts it. */
    public static SandboxRule plugin(String name) {
        return new SandboxRule(name, false);
    }

    /** The small test plugin of src/test/resources/sandbox. */
    public static SandboxRule testPlugin(String name) {
        return new SandboxRule(name, true);
    }

    @Override
    protected void before() throws Throwable {
        dataDir = SandboxTestSupport.tempDir(name);
        try {
            sandbox = testPlugin ? SandboxTestSupport.startTestPlugin(dataDir)
                    : Sandbox.start(Sandbox.Config.forPlugin(0, dataDir,
                            SandboxTestSupport.basedir().resolve("src/test/sandbox-web")));
        } catch (Exception | Error e) {
            delete(dataDir);
            throw e;
        }
    }

    @Override
    protected void after() {
        try {
            if (sandbox != null) {
                sandbox.close();
            }
        } finally {
            sandbox = null;
            delete(dataDir);
        }
    }

    public Sandbox get() {
        if (sandbox == null) {
            throw new IllegalStateException("the sandbox is not running: use SandboxRule as a @ClassRule");
        }
        return sandbox;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A new client with its own cookie jar, not signed in. */
    public SandboxTestSupport.Client client() {
        return new SandboxTestSupport.Client(get());
    }

    /** A new client signed in as the person with this username. */
    public SandboxTestSupport.Client signedIn(String username) throws IOException, InterruptedException {
        SandboxTestSupport.Client client = client();
        client.signIn(username);
        return client;
    }

    /** A new client signed in as the person with this username, who has confirmed their password (WebSudo). */
    public SandboxTestSupport.Client secure(String username) throws IOException, InterruptedException {
        SandboxTestSupport.Client client = signedIn(username);
        client.webSudo();
        return client;
    }

    static void delete(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }
}
