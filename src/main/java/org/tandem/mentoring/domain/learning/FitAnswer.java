package org.tandem.mentoring.domain.learning;

import java.time.Instant;

/** One member's answer about their pairing; nobody but that member reads it. */
public record FitAnswer(int pairingId, String personKey, Fit answer, Instant answeredAt) {
}
