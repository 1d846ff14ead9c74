package org.tandem.mentoring.service.pairing;

/** How many of the mentees waiting for a mentor can be matched at all under the programme's hard rules. */
public record MatchPreview(int matchable, int mentees) {
}
