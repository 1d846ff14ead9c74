package org.tandem.mentoring.bench.load;

import org.tandem.sandbox.SandboxDatabase;
import org.tandem.sandbox.SandboxMain;
import org.tandem.sandbox.SandboxTestSupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second sandbox node in its own JVM ({@link SandboxMain}, as {@code bin/sandbox} runs it) on the same PostgreSQL
 * schema and the same shared home as the bench's in-process node; closing it ends that JVM, and only that one.
 */
final class ChildNode implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Tandem sandbox ready at (\\S+)");

    private final Process process;
    private final String baseUrl;
    private final Thread hook;

    private ChildNode(Process process, String baseUrl, Thread hook) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.hook = hook;
    }

    /** Starts the node and waits for its ready line; its log (stderr) goes to {@code log}. */
    static ChildNode start(String node, SandboxDatabase.Settings db, Path shared, Path log, Duration wait)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dtandem.basedir=" + SandboxTestSupport.basedir(), "-cp", System.getProperty("java.class.path"),
                SandboxMain.class.getName());
        pb.environment().putAll(Map.of("TANDEM_PORT", Integer.toString(freePort()), "TANDEM_NODE", node,
                "TANDEM_SANDBOX_DATA", shared.toString(), "TANDEM_DB_URL", db.url(), "TANDEM_DB_USER", db.user(),
                "TANDEM_DB_PASSWORD", db.password(), "TANDEM_DB_SCHEMA", db.schema()));
        pb.redirectError(log.toFile());
        Process process = pb.start();
        Thread hook = new Thread(process::destroyForcibly, "load-bench-stop-" + node);
        Runtime.getRuntime().addShutdownHook(hook);
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    Matcher m = READY.matcher(line);
                    if (m.find()) {
                        ready.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            ready.completeExceptionally(new IllegalStateException(node + " ended without its ready line; see "
                    + log));
        }, "load-bench-" + node);
        reader.setDaemon(true);
        reader.start();
        ChildNode child = new ChildNode(process, null, hook);
        try {
            return new ChildNode(process, ready.get(wait.toSeconds(), TimeUnit.SECONDS), hook);
        } catch (Exception e) {
            child.close();
            throw e;
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Ends the node's JVM: a normal stop first (its shutdown hook closes the sandbox), forcibly after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the bench's JVM is stopping already
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
