// Stand-in for com.atlassian.plugin:atlassian-spring-scanner-annotation.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.plugin.spring.scanner.annotation.export;

public @interface ServiceProperty {

    String key();

    String value();
}
