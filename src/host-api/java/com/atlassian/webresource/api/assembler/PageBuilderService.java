// Stand-in for com.atlassian.plugins:atlassian-plugins-webresource-api.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {

    WebResourceAssembler assembler();

    void seed(WebResourceAssembler assembler);
}
