package org.tandem.sandbox;

import org.junit.ClassRule;

/** {@link ConcurrentWrites} on the sandbox's H2 database. */
public class ConcurrentWritesSandboxTest extends ConcurrentWrites {

    @ClassRule
    public static final SandboxRule SANDBOX = SandboxRule.plugin("concurrent-writes");

    @Override
    protected Sandbox sandbox() {
        return SANDBOX.get();
    }
}
