// Stand-in for com.atlassian.plugins:atlassian-plugins-webresource-api.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.webresource.api.assembler;

// assembled() (AssembledResources) is left out: a plugin only requires resources and data.
public interface WebResourceAssembler {

    RequiredResources resources();

    RequiredData data();

    WebResourceAssembler copy();
}
