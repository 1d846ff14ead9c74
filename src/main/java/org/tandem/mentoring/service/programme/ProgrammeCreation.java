package org.tandem.mentoring.service.programme;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.programme.Cadence;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.domain.programme.ProgrammePhase;
import org.tandem.mentoring.domain.programme.ProgrammeType;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostSpaces;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * Creates the programme of a space made from the "Mentoring programme" space blueprint.
 *
 * <p>Confluence has already created the space and its pages when Tandem hears of it, so a refusal here cannot undo
 * the space. Hence: the wizard's script checks the same rules before the space exists ({@link #validate} names
 * them), and when input arrives bad all the same (an old browser, a hand-made request) the space still gets its
 * programme, as a {@link ProgrammePhase#DRAFT} holding the valid fields and defaults for the rest, so that its
 * coordinators can complete the charter. Only a person who may create spaces and administers the new space (its
 * creator: Confluence makes them space admin, so they coordinate the programme) may create it.
 */
@Named
public class ProgrammeCreation {

    public static final int MAX_DURATION_MONTHS = 36;
    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 5000;
    /** A start date further back than this is a typing error, not a plan. */
    public static final int MAX_MONTHS_IN_THE_PAST = 12;

    private static final String ERROR = "tandem.blueprint.error.";

    private final ProgrammeRepository programmes;
    private final HostSpaces spaces;
    private final TransactionTemplate transactions;
    private final java.time.Clock clock;

    @Inject
    public ProgrammeCreation(ProgrammeRepository programmes, HostSpaces spaces, TransactionTemplate transactions,
            HostClock hostClock) {
        this(programmes, spaces, transactions, hostClock.clock());
    }

    ProgrammeCreation(ProgrammeRepository programmes, HostSpaces spaces, TransactionTemplate transactions,
                      java.time.Clock clock) {
        this.programmes = programmes;
        this.spaces = spaces;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Field name to the i18n key of its problem, in form order; empty when the input is good. */
    public Map<String, String> validate(ProgrammeWizardInput in) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (in.name() == null || in.name().isBlank()) {
            problems.put("name", ERROR + "name.required");
        } else if (in.name().length() > MAX_NAME) {
            problems.put("name", ERROR + "name.long");
        }
        if (type(in.type()).isEmpty()) {
            problems.put(ProgrammeWizardInput.TYPE, ERROR + "type");
        }
        if (in.startDate() == null) {
            problems.put(ProgrammeWizardInput.START_DATE, ERROR + "start.required");
        } else {
            Optional<LocalDate> start = date(in.startDate());
            if (start.isEmpty()) {
                problems.put(ProgrammeWizardInput.START_DATE, ERROR + "start.format");
            } else if (start.get().isBefore(LocalDate.now(clock).minusMonths(MAX_MONTHS_IN_THE_PAST))) {
                problems.put(ProgrammeWizardInput.START_DATE, ERROR + "start.past");
            }
        }
        if (duration(in.durationMonths()).isEmpty()) {
            problems.put(ProgrammeWizardInput.DURATION_MONTHS, ERROR + "duration");
        }
        if (cadence(in.cadence()).isEmpty()) {
            problems.put(ProgrammeWizardInput.CADENCE, ERROR + "cadence");
        }
        if (in.purpose() == null) {
            problems.put(ProgrammeWizardInput.PURPOSE, ERROR + "purpose.required");
        } else if (in.purpose().length() > MAX_TEXT) {
            problems.put(ProgrammeWizardInput.PURPOSE, ERROR + "purpose.long");
        }
        if (in.goals() == null) {
            problems.put(ProgrammeWizardInput.GOALS, ERROR + "goals.required");
        } else if (in.goals().length() > MAX_TEXT) {
            problems.put(ProgrammeWizardInput.GOALS, ERROR + "goals.long");
        }
        return problems;
    }

    /**
     * Creates the programme of the new space {@code input.spaceKey()} for its creator. Asked twice for the same
     * space (an event delivered again), it hands back the programme already there. A programme that still holds
     * the key but was made for an earlier space of that key (its removal went unheard) is archived, never handed
     * to the new space.
     *
     * @throws Refusal.Forbidden if the creator may not create spaces or does not administer it
     */
    public CreatedProgramme createForNewSpace(String creatorKey, ProgrammeWizardInput input) {
        if (input.spaceKey() == null || !spaces.exists(input.spaceKey())) {
            throw new IllegalArgumentException("no such space: " + input.spaceKey());
        }
        if (!spaces.canCreateSpaces(creatorKey)) {
            throw new Refusal.Forbidden("tandem.programme.create.error.no-space-permission");
        }
        if (!spaces.canAdminister(creatorKey, input.spaceKey())) {
            throw new Refusal.Forbidden("tandem.programme.create.error.not-space-admin");
        }
        Map<String, String> problems = validate(input);
        long spaceId = spaces.idOf(input.spaceKey());
        return transactions.execute(() -> {
            Optional<Programme> existing = programmes.findBySpace(input.spaceKey(), spaceId);
            if (existing.isPresent()) {
                return new CreatedProgramme(existing.get(), problems, true);
            }
            programmes.releaseSpace(input.spaceKey(), spaceId, false);
            return new CreatedProgramme(programmes.create(programmeOf(input, problems).withSpaceId(spaceId)),
                    problems, false);
        });
    }

    /**
     * A space was removed: its programme is archived and loses the space key, so that a space made later with the
     * same key starts without it.
     *
     * @return the ids of the programmes archived
     */
    public java.util.List<Integer> spaceRemoved(String spaceKey, long spaceId) {
        return transactions.execute(() -> programmes.releaseSpace(spaceKey, spaceId, true));
    }

    /** The programme the input describes; a field with a problem takes its default. */
    Programme programmeOf(ProgrammeWizardInput in, Map<String, String> problems) {
        String name = problems.containsKey("name") ? fallbackName(in) : in.name().trim();
        Programme p = Programme.draft(name, in.spaceKey(), type(in.type()).orElse(ProgrammeType.ONE_TO_ONE));
        p = p.withCharter(problems.containsKey(ProgrammeWizardInput.PURPOSE) ? null : in.purpose(),
                problems.containsKey(ProgrammeWizardInput.GOALS) ? null : in.goals(), null);
        LocalDate start = problems.containsKey(ProgrammeWizardInput.START_DATE) ? null
                : date(in.startDate()).orElse(null);
        p = p.withSchedule(start, duration(in.durationMonths()).orElse(Programme.DEFAULT_DURATION_MONTHS),
                cadence(in.cadence()).orElse(Cadence.MONTHLY));
        boolean open = problems.isEmpty() && in.openEnrolment();
        return p.withPhase(open ? ProgrammePhase.ENROLMENT_OPEN : ProgrammePhase.DRAFT);
    }

    private static String fallbackName(ProgrammeWizardInput in) {
        String n = in.name() == null || in.name().isBlank() ? in.spaceKey() : in.name().trim();
        return n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n;
    }

    static Optional<ProgrammeType> type(String s) {
        return parseEnum(ProgrammeType.class, s);
    }

    static Optional<Cadence> cadence(String s) {
        return parseEnum(Cadence.class, s);
    }

    static Optional<LocalDate> date(String s) {
        try {
            return s == null ? Optional.empty() : Optional.of(LocalDate.parse(s.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<Integer> duration(String s) {
        try {
            int months = s == null ? 0 : Integer.parseInt(s.trim());
            return months >= 1 && months <= MAX_DURATION_MONTHS ? Optional.of(months) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
