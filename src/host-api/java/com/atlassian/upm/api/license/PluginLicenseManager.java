// Stand-in for com.atlassian.upm:licensing-api.
// seen: decompiled UPM licensing API (PluginLicenseManager: Option<PluginLicense> getLicense(), String getPluginKey(), ...)
package com.atlassian.upm.api.license;

import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.util.Option;

/** The licence of the plugin that imports it; none when no licence is installed. */
public interface PluginLicenseManager {

    Option<PluginLicense> getLicense();

    String getPluginKey();
}
