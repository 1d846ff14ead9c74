// Stand-in for com.atlassian.sal:sal-api.
// seen: decompiled Confluence 8.7.2 only (javax there; jakarta form inferred)
package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;

public interface XsrfTokenValidator {

    boolean validateFormEncodedToken(HttpServletRequest request);

    String getXsrfParameterName();
}
