// Stand-in for com.atlassian.plugins:atlassian-plugins-webresource-api.
package com.atlassian.webresource.api.assembler;

// assembled() (AssembledResources) is left out: a plugin only requires resources and data.
public interface WebResourceAssembler {

    RequiredResources resources();

    RequiredData data();

    WebResourceAssembler copy();
}
