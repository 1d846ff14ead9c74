package org.tandem.mentoring.service.pairing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.Pairing;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.host.HostUsers;

/**
 * Pairings as their viewers may see them ({@link PairingView}), with the display name of every person shown. A list
 * of pairings asks the host for each distinct person's name once.
 */
final class PairingViews {

    private final HostUsers users;

    PairingViews(HostUsers users) {
        this.users = users;
    }

    PairingView view(PairingAccess access) {
        return views(List.of(access)).get(0);
    }

    List<PairingView> views(List<PairingAccess> accesses) {
        Map<String, String> names = new HashMap<>();
        List<PairingView> views = new ArrayList<>(accesses.size());
        for (PairingAccess access : accesses) {
            views.add(view(access, names));
        }
        return views;
    }

    /** The display name of each key, or the key itself where the host knows none. */
    Map<String, String> names(Collection<String> keys) {
        Map<String, String> names = new HashMap<>();
        keys.forEach(key -> names.computeIfAbsent(key, this::displayName));
        return names;
    }

    private PairingView view(PairingAccess access, Map<String, String> known) {
        Pairing pairing = access.pairing();
        Audience audience = access.audience();
        Map<String, String> names = new HashMap<>();
        Map<Party, Consent> consents = new EnumMap<>(Party.class);
        if (audience == Audience.MANAGER) {
            consents.put(Party.MANAGER, pairing.managerConsent());
            name(known, names, pairing.menteeKey());
            return new PairingView(pairing.id(), pairing.version(), pairing.programmeId(), audience,
                    pairing.state(), pairing.menteeKey(), null, null, null, null, null, null, null, consents,
                    null, null, null, access.actions(), names);
        }
        boolean reason = access.mayReadReason();
        for (Party party : Party.values()) {
            Consent consent = pairing.consentOf(party);
            if (reason || consent != Consent.DECLINED || party == access.ownParty()) {
                consents.put(party, consent);
            }
        }
        boolean full = audience == Audience.COORDINATOR;
        String decidedBy = reason ? pairing.decidedBy() : null;
        for (String key : new String[] {pairing.menteeKey(), pairing.mentorKey(), decidedBy,
            full ? pairing.managerKey() : null, full ? pairing.sponsorKey() : null}) {
            name(known, names, key);
        }
        return new PairingView(pairing.id(), pairing.version(), pairing.programmeId(), audience,
                pairing.state(), pairing.menteeKey(), pairing.mentorKey(), full ? pairing.score() : null,
                full ? pairing.breakdown() : null, pairing.explanation(), full ? pairing.warnings() : null,
                full ? pairing.reason() : null, full ? pairing.managerKey() : null, consents,
                decidedBy, pairing.decidedAt(), reason ? pairing.endReason() : null, access.actions(), names);
    }

    /** Puts the key's name into {@code names}, asking the host only for a key not in {@code known} yet. */
    private void name(Map<String, String> known, Map<String, String> names, String key) {
        if (key != null) {
            names.put(key, known.computeIfAbsent(key, this::displayName));
        }
    }

    private String displayName(String key) {
        String name = users.displayName(key);
        return name == null ? key : name;
    }
}
