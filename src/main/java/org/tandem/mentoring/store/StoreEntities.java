package org.tandem.mentoring.store;

import net.java.ao.RawEntity;

/** Every Active Objects entity of the app, as listed in the descriptor's {@code <ao>} element. */
public final class StoreEntities {

    private StoreEntities() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] all() {
        return new Class[] {
            ProgrammeEntity.class,
            ThemeEntity.class,
            ParticipantEntity.class,
            ParticipantThemeEntity.class,
            OrgPersonEntity.class,
            PairingEntity.class,
            PairingEventEntity.class,
            MentorSeatEntity.class,
            OrgChartImportEntity.class,
            OrgChartLockEntity.class,
            PairingHomeEntity.class,
            SessionEntity.class,
            SessionNoteEntity.class,
            ActionItemEntity.class,
            PageAuditEntity.class,
            LearningEntity.class,
            ExpectationsEntity.class,
            FitAnswerEntity.class,
            SurveyStatementEntity.class,
            SurveyAnswerEntity.class,
            SurveyRatingEntity.class,
            JobRunEntity.class,
            SentMailEntity.class,
            MailPreferenceEntity.class,
            MatchingSettingsEntity.class,
            SpeedEventEntity.class,
            OrgLeaverEntity.class,
            RerunEntity.class,
            PeerCircleEntity.class,
            CircleMemberEntity.class,
            SpeedRankingEntity.class,
            RunProgressEntity.class,
            SpaceClaimEntity.class
        };
    }
}
