package org.tandem.mentoring.service.pairing;

import static org.tandem.mentoring.service.pairing.PairingRefusals.FIELD;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tandem.mentoring.domain.matching.Criterion;
import org.tandem.mentoring.domain.matching.MatchingSettings;
import org.tandem.mentoring.domain.matching.Objective;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.FieldError;
import org.tandem.mentoring.service.programme.ProgrammeGate;
import org.tandem.mentoring.store.MatchingSettingsRepository;
import org.tandem.mentoring.store.OrgChartRepository;
import org.tandem.mentoring.store.PairingStore;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * A programme's matching settings (objective, weights, same-manager peers), read and changed by its coordinators
 * only; everybody else is refused as for the pairing board's other coordinator steps. A change names the version
 * it was made on (0 while the programme uses the defaults); a stale one is a conflict.
 */
@Named
public class PairingSettings {

    /** The field errors' keys. */
    public static final String OBJECTIVE_MISSING = FIELD + "settings.objective";
    public static final String WEIGHT_RANGE = FIELD + "settings.weight";

    private final PairingGate gate;
    private final MatchingSettingsRepository settings;
    private final Clock clock;

    @Inject
    public PairingSettings(ProgrammeGate gate, ProgrammeRepository programmes, OrgChartRepository orgChart,
            PairingStore pairings, HostUsers users, MatchingSettingsRepository settings, HostClock hostClock) {
        this(gate, programmes, orgChart, pairings, users, settings, hostClock.clock());
    }

    PairingSettings(ProgrammeGate gate, ProgrammeRepository programmes, OrgChartRepository orgChart,
            PairingStore pairings, HostUsers users, MatchingSettingsRepository settings, Clock clock) {
        this.gate = new PairingGate(gate, programmes, pairings, new PairingManagers(orgChart, users, pairings));
        this.settings = settings;
        this.clock = clock;
    }

    /** The programme's settings, the defaults at version 0 until a coordinator saves some. */
    public MatchingSettings settings(int programmeId) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            gate.coordinated(programmeId, viewer);
            return settings.findOrDefaults(programmeId);
        });
    }

    /**
     * Saves the programme's settings: an objective, and a weight from 0 to {@link MatchingSettings#MAX_WEIGHT}
     * for every criterion (a missing one is a field error, never a silent 0).
     */
    public MatchingSettings save(int programmeId, int version, Objective objective, Map<Criterion, Integer> weights,
            boolean excludeSameManagerPeers) {
        String viewer = gate.signedIn();
        return gate.inTransaction(() -> {
            gate.coordinated(programmeId, viewer);
            Map<String, FieldError> errors = new LinkedHashMap<>();
            if (objective == null) {
                errors.put("objective", FieldError.of(OBJECTIVE_MISSING));
            }
            Map<Criterion, Integer> checked = new EnumMap<>(Criterion.class);
            for (Criterion criterion : Criterion.values()) {
                Integer weight = weights.get(criterion);
                if (weight == null || weight < 0 || weight > MatchingSettings.MAX_WEIGHT) {
                    errors.put(criterion.name(), FieldError.of(WEIGHT_RANGE, 0, MatchingSettings.MAX_WEIGHT));
                } else {
                    checked.put(criterion, weight);
                }
            }
            if (!errors.isEmpty()) {
                throw PairingRefusals.invalid(errors);
            }
            return settings.save(new MatchingSettings(programmeId, objective, checked, excludeSameManagerPeers,
                    version), viewer, clock.instant());
        });
    }
}
