// Stand-in for com.atlassian.annotations:atlassian-annotations.
// seen: onlyoffice-confluence 7.x (Confluence 10.0.3)
package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Marker for servlets, filters and actions (Confluence 9+); members and targets not seen in a source, used on types.
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnrestrictedAccess {
}
