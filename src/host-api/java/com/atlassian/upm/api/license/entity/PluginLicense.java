// Stand-in for com.atlassian.upm:licensing-api.
// seen: decompiled UPM licensing API (PluginLicense: boolean isValid(), Option<LicenseError> getError(), ...)
package com.atlassian.upm.api.license.entity;

import com.atlassian.upm.api.util.Option;

/** Only the members Tandem reads; the real licence also tells its dates, edition, contacts and more. */
public interface PluginLicense {

    boolean isValid();

    Option<LicenseError> getError();
}
