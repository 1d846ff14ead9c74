package org.tandem.mentoring.service.admin;

/** The signed-in person is not a Confluence administrator (a servlet answers 403). */
public class AdminNotAllowedException extends RuntimeException {

    public AdminNotAllowedException() {
        super("only Confluence administrators may change Tandem's global settings");
    }
}
