package org.tandem.sandbox.testplugin;

import com.atlassian.plugin.web.Condition;

import java.util.Map;

/** A web-item condition of the test plugin: only for signed-in people. */
public class SignedInCondition implements Condition {

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("user") != null;
    }
}
