package org.tandem.mentoring.web.macro.pairing;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tandem.mentoring.domain.matching.Explanation;
import org.tandem.mentoring.domain.pairing.Consent;
import org.tandem.mentoring.domain.pairing.PairingState;
import org.tandem.mentoring.domain.pairing.Party;
import org.tandem.mentoring.service.pairing.PairingAction;
import org.tandem.mentoring.service.pairing.PairingBoard;
import org.tandem.mentoring.service.pairing.PairingView;
import org.tandem.mentoring.service.programme.ThemeNames;

/**
 * What the pairing board template shows, with every text already in the reader's language. Plain getters, so the
 * template reads {@code $row.menteeName}. User data is never named {@code ...Html}: the template escapes all of it.
 */
public final class PairingBoardView {

    private final PairingBoard board;
    private final Set<Integer> rematches;
    private final I18nResolver i18n;
    private final Locale reader;

    /** {@code rematches}: the pairings a "not a good fit" answer ended, empty for anyone but a coordinator. */
    PairingBoardView(PairingBoard board, Set<Integer> rematches, I18nResolver i18n, Locale reader) {
        this.board = board;
        this.rematches = Set.copyOf(rematches);
        this.i18n = i18n;
        this.reader = reader;
    }

    public int getProgrammeId() {
        return board.programmeId();
    }

    public String getProgrammeName() {
        return board.programmeName();
    }

    public boolean isCoordinator() {
        return board.coordinator();
    }

    /** Why mentors may be below their mentee in the line of authority in this programme, or null. */
    public String getRelaxDownReason() {
        return board.relaxDownReason();
    }

    public boolean isMatchingOpen() {
        return board.matchingOpen();
    }

    public List<Row> getRows() {
        return board.pairings().stream().map(Row::new).toList();
    }

    public List<Row> getAwaiting() {
        return board.awaitingMe().stream().map(Row::new).toList();
    }

    /** Whether anything is staged, so that publishing has something to publish. */
    public boolean isAnyStaged() {
        return count(PairingState.STAGED) > 0;
    }

    /** The pairings the reader sees, counted by state, in one sentence. */
    public String getSummary() {
        return i18n.getText("tandem.pairing.board.summary", count(PairingState.STAGED),
                count(PairingState.PROPOSED), count(PairingState.ACTIVE),
                count(PairingState.DECLINED) + count(PairingState.ENDED));
    }

    /** For coordinators, how many pairings of the programme need a rematch, in one line; null when none do. */
    public String getRematchSummary() {
        int needed = (int) board.pairings().stream().filter(p -> rematches.contains(p.id())).count();
        return needed == 0 ? null : i18n.getText("tandem.pairing.board.rematches", needed);
    }

    private int count(PairingState state) {
        return (int) board.pairings().stream().filter(p -> p.state() == state).count();
    }

    /** One pairing on the board. */
    public final class Row {
        private final PairingView view;

        Row(PairingView view) {
            this.view = view;
        }

        public int getId() {
            return view.id();
        }

        public int getVersion() {
            return view.version();
        }

        public String getMenteeName() {
            return view.displayName(view.menteeKey());
        }

        public String getMentorName() {
            return view.mentorKey() == null ? null : view.displayName(view.mentorKey());
        }

        public String getState() {
            return i18n.getText("tandem.pairing.state." + view.state().name());
        }

        public String getStateCode() {
            return view.state().name();
        }

        /** The AUI lozenge modifier for the state: blue while in progress, green when active, red when declined. */
        public String getLozenge() {
            return switch (view.state()) {
                case STAGED -> "aui-lozenge-subtle";
                case PROPOSED -> "aui-lozenge-current";
                case ACTIVE -> "aui-lozenge-success";
                case DECLINED -> "aui-lozenge-error";
                case ENDED -> "aui-lozenge-subtle aui-lozenge-complete";
            };
        }

        /** Who still has to answer a proposed pairing, in one line, or null when nobody does. */
        public String getWaitingFor() {
            if (view.state() != PairingState.PROPOSED || view.consents() == null) {
                return null;
            }
            List<String> parties = new ArrayList<>();
            for (Party party : Party.values()) {
                if (view.consents().get(party) == Consent.PENDING) {
                    parties.add(i18n.getText("tandem.pairing.party." + party.name()));
                }
            }
            return parties.isEmpty() ? null
                    : i18n.getText("tandem.pairing.board.waiting-for", String.join(", ", parties));
        }

        public Integer getScore() {
            return view.score();
        }

        /** Why the pair was proposed, one whole message per reason (the board lists them), or empty. */
        public List<String> getExplanation() {
            if (view.explanation() == null) {
                return List.of();
            }
            List<String> parts = new ArrayList<>();
            for (Explanation.Part part : view.explanation().parts()) {
                parts.add(ThemeNames.explanation(i18n, reader, part));
            }
            return parts;
        }

        /** The soft warnings, one sentence each (the board lists them rather than joining them). */
        public List<String> getWarnings() {
            return view.warnings().stream().sorted()
                    .map(w -> i18n.getText("tandem.pairing.warning." + w.name()))
                    .toList();
        }

        public String getReason() {
            return view.reason();
        }

        /** Whether a "not a good fit" answer ended this pairing, so that its people wait for a rematch. */
        public boolean isRematchNeeded() {
            return rematches.contains(view.id());
        }

        /**
         * Why the pairing was declined or ended, for those who may read it; for the other side a neutral "did not
         * go ahead" or "has ended".
         */
        public String getEndReason() {
            if (view.endReason() != null) {
                return view.endReason();
            }
            return switch (view.state()) {
                case DECLINED -> i18n.getText("tandem.pairing.outcome.DECLINED");
                case ENDED -> i18n.getText("tandem.pairing.outcome.ENDED");
                default -> null;
            };
        }

        /** The steps the board offers as buttons (swapping needs two pairings and stays with the REST API). */
        public List<Action> getActions() {
            return view.actions().stream().sorted().filter(a -> a != PairingAction.SWAP)
                    .map(a -> new Action(a, i18n.getText("tandem.pairing.action." + a.name()))).toList();
        }
    }

    /** A button: the step, its label, and whether the board asks for a reason first. */
    public static final class Action {
        private final PairingAction action;
        private final String label;

        Action(PairingAction action, String label) {
            this.action = action;
            this.label = label;
        }

        public String getName() {
            return action.name();
        }

        public String getLabel() {
            return label;
        }

        public boolean isNeedsReason() {
            return action == PairingAction.END || action == PairingAction.DECLINE;
        }
    }
}
