// Stand-in for com.atlassian.sal:sal-api.
package com.atlassian.sal.api.xsrf;

import jakarta.servlet.http.HttpServletRequest;

public interface XsrfTokenValidator {

    boolean validateFormEncodedToken(HttpServletRequest request);

    String getXsrfParameterName();
}
