package org.tandem.mentoring.service.access;

/**
 * The banner of a view while writing is blocked; {@code forAdministrator} adds the cause, and for a licence
 * {@code manageAppsUrl} where to put it right (null otherwise).
 */
public record WriteBanner(WriteBlock block, boolean forAdministrator, String manageAppsUrl) {
}
