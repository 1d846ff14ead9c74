// Stand-in for com.atlassian.plugins.rest:atlassian-rest-v2-api.
// seen: a public Jira Data Center app on REST v2 (jakarta); target set as REST v1, UNCONFIRMED on Confluence 10
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Marker; targets as on its REST v1 namesake in com.atlassian.plugins.rest.common.security (v2 source not seen).
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LicensedOnly {
}
