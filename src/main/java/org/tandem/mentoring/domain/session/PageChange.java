package org.tandem.mentoring.domain.session;

/** What someone outside the pair did to a pairing or session page, which Tandem then undid. */
public enum PageChange {
    /** View or edit restrictions changed or removed; Tandem put the pair's back. */
    RESTRICTIONS_CHANGED,
    /** The page was moved; Tandem moved it back under its parent. */
    MOVED,
    /** The page was copied; Tandem restricted the copy to the pair. */
    COPIED
}
