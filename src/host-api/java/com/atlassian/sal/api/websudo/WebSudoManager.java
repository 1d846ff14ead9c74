// Stand-in for com.atlassian.sal:sal-api.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1) (canExecuteRequest in jakarta form inferred)
package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public interface WebSudoManager {

    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
