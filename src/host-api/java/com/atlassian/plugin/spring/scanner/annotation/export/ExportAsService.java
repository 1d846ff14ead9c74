// Stand-in for com.atlassian.plugin:atlassian-spring-scanner-annotation.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {

    Class<?>[] value() default {};

    ServiceProperty[] properties() default {};
}
