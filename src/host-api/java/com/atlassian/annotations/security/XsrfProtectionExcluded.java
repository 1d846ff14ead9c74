// Stand-in for com.atlassian.annotations:atlassian-annotations.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1); bootstrapi (Confluence 10.2.15)
package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface XsrfProtectionExcluded {
}
