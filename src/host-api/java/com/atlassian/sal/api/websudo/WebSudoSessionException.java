// Stand-in for com.atlassian.sal:sal-api.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.sal.api.websudo;

public class WebSudoSessionException extends RuntimeException {

    public WebSudoSessionException() {
        super();
    }

    public WebSudoSessionException(String message) {
        super(message);
    }

    public WebSudoSessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
