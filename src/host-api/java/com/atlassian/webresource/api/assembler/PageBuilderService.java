// Stand-in for com.atlassian.plugins:atlassian-plugins-webresource-api.
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {

    WebResourceAssembler assembler();

    void seed(WebResourceAssembler assembler);
}
