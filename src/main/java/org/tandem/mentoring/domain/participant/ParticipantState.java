package org.tandem.mentoring.domain.participant;

import java.util.EnumSet;
import java.util.Set;

/** Where an application to a programme stands. */
public enum ParticipantState {
    APPLIED,
    AWAITING_MANAGER,
    AWAITING_COORDINATOR,
    APPROVED,
    DECLINED,
    WITHDRAWN;

    /** True once nobody needs to decide anything more about the application. */
    public boolean isFinal() {
        return this == DECLINED || this == WITHDRAWN;
    }

    /** The states an application may move to from this one. */
    public Set<ParticipantState> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(AWAITING_MANAGER, AWAITING_COORDINATOR, APPROVED, DECLINED, WITHDRAWN);
            case AWAITING_MANAGER -> EnumSet.of(AWAITING_COORDINATOR, APPROVED, DECLINED, WITHDRAWN);
            case AWAITING_COORDINATOR -> EnumSet.of(AWAITING_MANAGER, APPROVED, DECLINED, WITHDRAWN);
            case APPROVED -> EnumSet.of(WITHDRAWN);
            case DECLINED, WITHDRAWN -> EnumSet.noneOf(ParticipantState.class);
        };
    }

    public boolean canMoveTo(ParticipantState target) {
        return next().contains(target);
    }
}
