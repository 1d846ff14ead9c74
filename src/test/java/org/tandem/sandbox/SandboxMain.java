package org.tandem.sandbox;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/sandbox}: starts the sandbox on 127.0.0.1 at TANDEM_PORT (default 8090) with its database in
 * sandbox-data/ (TANDEM_SANDBOX_DATA), prints one ready line and runs until Ctrl-C.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(env("TANDEM_PORT", "8090"));
        Path base = Path.of(System.getProperty("tandem.basedir", ".")).toAbsolutePath().normalize();
        Path data = Path.of(env("TANDEM_SANDBOX_DATA", base.resolve("sandbox-data").toString()));
        Path web = base.resolve("src/test/sandbox-web");
        long started = System.nanoTime();
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(Sandbox.Config.forPlugin(port, data, web));
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
        System.err.printf("[sandbox] started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        System.out.println("Tandem sandbox ready at " + sandbox.baseUrl());
        System.out.flush();
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
