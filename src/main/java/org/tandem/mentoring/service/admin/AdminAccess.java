package org.tandem.mentoring.service.admin;

/** Who is asking for Tandem's global administration. */
public enum AdminAccess {
    /** Nobody is signed in. */
    ANONYMOUS,
    /** Signed in, but neither a Confluence administrator nor a system administrator. */
    NOT_ADMIN,
    /** A Confluence administrator or system administrator. */
    ADMIN
}
