/**
 * What leaves a pairing towards the mentee's manager and back: learnings the mentee chooses to share, the
 * expectations meeting, and the members' answers on whether the pairing fits.
 */
package org.tandem.mentoring.domain.learning;
