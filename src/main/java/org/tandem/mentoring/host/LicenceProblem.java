package org.tandem.mentoring.host;

/** Why Tandem's Marketplace licence does not let it write: none installed, or one the host finds wanting. */
public enum LicenceProblem {
    NONE,
    EXPIRED,
    TYPE_MISMATCH,
    USER_MISMATCH,
    EDITION_MISMATCH,
    ROLE_EXCEEDED,
    ROLE_UNDEFINED,
    VERSION_MISMATCH,
    INVALID
}
