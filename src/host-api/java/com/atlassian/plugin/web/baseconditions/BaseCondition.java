// Stand-in for com.atlassian.plugins:atlassian-plugins-webfragment-api.
package com.atlassian.plugin.web.baseconditions;

public interface BaseCondition {
}
