// Stand-in for com.atlassian.plugins:atlassian-plugins-webresource-api.
// seen: atlassian-slack-integration-server, Confluence module (Confluence 10.0.1)
package com.atlassian.webresource.api.assembler;

// The overloads taking a ResourcePhase, exclude and the superbatch members are left out.
public interface RequiredResources {

    RequiredResources requireWebResource(String completeKey);

    RequiredResources requireModule(String module);

    RequiredResources requireContext(String context);

    RequiredResources requirePage(String page);
}
