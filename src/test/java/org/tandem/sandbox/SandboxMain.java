package org.tandem.sandbox;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/sandbox}: starts the sandbox on 127.0.0.1 at TANDEM_PORT (default 8090) with its database in
 * sandbox-data/ (TANDEM_SANDBOX_DATA), prints one ready line and runs until Ctrl-C. With TANDEM_DB_URL (and
 * TANDEM_DB_USER, TANDEM_DB_PASSWORD, TANDEM_DB_SCHEMA) its database is a PostgreSQL schema instead, which a second
 * node (another port, another TANDEM_NODE name, the same TANDEM_SANDBOX_DATA as shared home) may share.
 */
public final class SandboxMain {

    /** Confluence Data Center's system property naming a cluster node; Tandem's job log records it. */
    static final String NODE_PROPERTY = "confluence.cluster.node.name";

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(env("TANDEM_PORT", "8090"));
        Path base = Path.of(System.getProperty("tandem.basedir", ".")).toAbsolutePath().normalize();
        Path data = Path.of(env("TANDEM_SANDBOX_DATA", base.resolve("sandbox-data").toString()));
        Path web = base.resolve("src/test/sandbox-web");
        String node = env("TANDEM_NODE", "node-1");
        if (System.getProperty(NODE_PROPERTY) == null) {
            System.setProperty(NODE_PROPERTY, node);
        }
        long started = System.nanoTime();
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(Sandbox.Config.forPlugin(port, data, web)
                    .withDatabase(SandboxDatabase.Settings.fromEnvironment(System.getenv())).withNode(node));
        } catch (SandboxStartException e) {
            System.err.println("Tandem sandbox did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            System.err.println("Tandem sandbox stopped.");
            stopped.countDown();
        }, "sandbox-shutdown"));
        if (!sandbox.hasAui()) {
            System.err.println("[sandbox] @atlassian/aui is not installed in " + web
                    + "/node_modules: pages come without the Atlassian look (run npm ci there)");
        }
        System.err.printf("[sandbox] node %s started in %d ms on %s%n", node, (System.nanoTime() - started) / 1_000_000,
                sandbox.databaseUrl());
        System.out.println("Tandem sandbox ready at " + sandbox.baseUrl() + " (node " + node + ")");
        System.out.flush();
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
