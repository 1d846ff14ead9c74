package org.tandem.sandbox.host;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredData;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import org.tandem.sandbox.RequestScope;

/** PageBuilderService: web resources a macro requires are added to the page being served. */
public final class SandboxPageBuilder implements PageBuilderService, WebResourceAssembler, RequiredResources,
        RequiredData {

    private final RequestScope scope;

    public SandboxPageBuilder(RequestScope scope) {
        this.scope = scope;
    }

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public void seed(WebResourceAssembler assembler) {
        // one assembler per request thread already
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredData data() {
        return this;
    }

    @Override
    public WebResourceAssembler copy() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String completeKey) {
        scope.requireResource(completeKey);
        return this;
    }

    @Override
    public RequiredResources requireModule(String module) {
        scope.requireResource(module);
        return this;
    }

    @Override
    public RequiredResources requireContext(String context) {
        scope.requireResource("context:" + context);
        return this;
    }

    @Override
    public RequiredResources requirePage(String page) {
        return this;
    }

    @Override
    public RequiredData requireData(String key, String content) {
        return this;
    }

    @Override
    public RequiredData requireData(String key, Number content) {
        return this;
    }

    @Override
    public RequiredData requireData(String key, Boolean content) {
        return this;
    }
}
