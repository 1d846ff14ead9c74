package org.tandem.mentoring.service.pairing;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.PairingWarning;
import org.tandem.mentoring.domain.pairing.Party;

/**
 * A pairing as one person may see it. What the {@link Audience} may not see is null (or empty): a manager gets the
 * report, the state and the manager's own consent only; a participant gets no score, breakdown, warnings, reason or
 * manager. {@code names} maps every user key shown to a display name.
 */
public record PairingView(
        int id,
        int version,
        int programmeId,
        Audience audience,
        PairingState state,
        String menteeKey,
        String mentorKey,
        Integer score,
        Map<Criterion, Integer> breakdown,
        Explanation explanation,
        Set<PairingWarning> warnings,
        String reason,
        String managerKey,
        Map<Party, Consent> consents,
        String decidedBy,
        Instant decidedAt,
        String endReason,
        Set<PairingAction> actions,
        Map<String, String> names) {

    public PairingView {
        breakdown = breakdown == null ? Map.of() : Map.copyOf(breakdown);
        warnings = warnings == null ? Set.of() : Set.copyOf(warnings);
        consents = consents == null ? Map.of() : Map.copyOf(consents);
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        names = names == null ? Map.of() : Map.copyOf(names);
    }

    /** The display name of a user key shown in this view, or the key itself. */
    public String displayName(String userKey) {
        return names.getOrDefault(userKey, userKey);
    }
}
