package org.tandem.sandbox;

/** The sandbox refuses to start; the message names the descriptor entry or the setting at fault. */
public class SandboxStartException extends RuntimeException {
    public SandboxStartException(String message) {
        super(message);
    }

    public SandboxStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
