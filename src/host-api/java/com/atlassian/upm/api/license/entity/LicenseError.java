// Stand-in for com.atlassian.upm:licensing-api.
// seen: public apps switching over every value (EXPIRED, TYPE_MISMATCH, USER_MISMATCH, EDITION_MISMATCH, ROLE_EXCEEDED, ROLE_UNDEFINED, VERSION_MISMATCH)
package com.atlassian.upm.api.license.entity;

public enum LicenseError {
    EXPIRED,
    TYPE_MISMATCH,
    USER_MISMATCH,
    EDITION_MISMATCH,
    ROLE_EXCEEDED,
    ROLE_UNDEFINED,
    VERSION_MISMATCH
}
