package org.tandem.mentoring.domain.session;

import java.time.Instant;

/**
 * One record of the guard of the pair's pages: who changed which page, how, when, and what Tandem did about it.
 * {@code detail} never holds page content.
 */
public record PageAudit(int id, int pairingId, long pageId, String actorKey, PageChange change, Instant at,
        String detail) {
}
