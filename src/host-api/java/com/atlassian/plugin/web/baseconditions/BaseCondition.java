// Stand-in for com.atlassian.plugins:atlassian-plugins-webfragment-api.
// seen: UNCONFIRMED (reference notes only; no source read)
package com.atlassian.plugin.web.baseconditions;

public interface BaseCondition {
}
