package org.tandem.mentoring.service.pairing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.tandem.mentoring.domain.matching.MatchingSettings;
import org.tandem.mentoring.store.MatchingSettingsRepository;
import org.tandem.mentoring.store.StaleVersionException;

/** A settings store in memory: the defaults until saved, versions counted, a stale save refused. */
final class MatchingSettingsStub {

    private MatchingSettingsStub() {
    }

    static MatchingSettingsRepository defaults() {
        MatchingSettingsRepository store = mock(MatchingSettingsRepository.class);
        Map<Integer, MatchingSettings> saved = new HashMap<>();
        when(store.findOrDefaults(anyInt())).thenAnswer(call -> saved.getOrDefault(call.<Integer>getArgument(0),
                MatchingSettings.defaults(call.getArgument(0))));
        when(store.save(any(), anyString(), any())).thenAnswer(call -> {
            MatchingSettings next = call.getArgument(0);
            MatchingSettings now = saved.getOrDefault(next.programmeId(), MatchingSettings.defaults(next.programmeId()));
            if (now.version() != next.version()) {
                throw new StaleVersionException("matchingSettings", next.programmeId(), next.version());
            }
            MatchingSettings stored = new MatchingSettings(next.programmeId(), next.objective(), next.weights(),
                    next.excludeSameManagerPeers(), next.version() + 1);
            saved.put(stored.programmeId(), stored);
            return stored;
        });
        return store;
    }
}
