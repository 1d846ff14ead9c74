// Stand-in for com.atlassian.plugins:atlassian-plugins-webresource-api.
// seen: decompiled Confluence 8.7.2 only
package com.atlassian.webresource.api.assembler;

// The Jsonable, CompletionStage and ResourcePhase overloads are left out.
public interface RequiredData {

    RequiredData requireData(String key, String content);

    RequiredData requireData(String key, Number content);

    RequiredData requireData(String key, Boolean content);
}
