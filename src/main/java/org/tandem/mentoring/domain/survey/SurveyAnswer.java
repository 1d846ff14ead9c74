package org.tandem.mentoring.domain.survey;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's answer to one survey occurrence as its author reads it back: the closure reason, if any, and the free
 * text (null when none was written). Its scores are kept apart, for aggregation.
 */
public record SurveyAnswer(String key, SurveyKind kind, int pairingId, int programmeId, LocalDate due,
        ClosureReason reason, String text, Instant answeredAt) {
}
