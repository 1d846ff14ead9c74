// Stand-in for com.atlassian.plugin:atlassian-spring-scanner-annotation.
package com.atlassian.plugin.spring.scanner.annotation.export;

public @interface ServiceProperty {

    String key();

    String value();
}
