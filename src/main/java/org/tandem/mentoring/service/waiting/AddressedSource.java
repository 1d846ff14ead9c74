package org.tandem.mentoring.service.waiting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * A source that answers for one person and for everyone with the same statements: {@link #collect} reads with a
 * person's key, or with null for everyone, and says whom each item waits for.
 */
abstract class AddressedSource implements WaitingSource {

    private final ProgrammeRepository programmes;

    AddressedSource(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    /** What waits, for the person {@code userKey} or (null) for everyone. */
    abstract List<Addressed> collect(String userKey, LocalDate today, Map<Integer, Programme> programmes);

    @Override
    public List<Waiting> waitingFor(String userKey, LocalDate today) {
        return collect(userKey, today, programmes()).stream().filter(a -> a.userKey().equals(userKey))
                .map(Addressed::waiting).toList();
    }

    @Override
    public List<Addressed> waitingForEveryone(LocalDate today) {
        return collect(null, today, programmes());
    }

    private Map<Integer, Programme> programmes() {
        return programmes.findAll().stream().collect(Collectors.toMap(Programme::id, Function.identity()));
    }

    static LocalDate day(Long epochMillis, LocalDate otherwise) {
        return epochMillis == null ? otherwise : LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    static Waiting waiting(String key, String kind, Programme programme, String subject, String link, LocalDate since,
            boolean decision) {
        return new Waiting(key, kind, programme.id(), programme.name(), subject, link, since, decision);
    }
}
