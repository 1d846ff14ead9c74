package org.tandem.mentoring.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Optional;

/**
 * The one rule for the key everything confidential is sealed with: session notes, learnings and the manager's
 * feedback on them, the expectations meeting's notes, the free text of survey answers. A new key is made only while nothing sealed exists in any of
 * those tables; when something sealed exists and the key file does not, writing and reading fail with a clear
 * error, so that a lost key file never leads to a second key under which the old records could not be opened.
 * Every store that seals asks here, never the key file directly.
 */
final class SealingKey {

    /** What a learning row holds in its key column between its insert and its sealing in the same transaction. */
    static final String UNSEALED = "-";

    private final ActiveObjects ao;
    private final NoteKeys keys;

    SealingKey(ActiveObjects ao, NoteKeys keys) {
        this.ao = ao;
        this.keys = keys;
    }

    /**
     * The key to seal with: the existing one when every sealed record was sealed with it, a new one when nothing is
     * sealed anywhere.
     *
     * @throws NoteKeyException when sealed records exist and the key is missing, or they were sealed with another
     */
    NoteKey forWriting() {
        Optional<NoteKey> key = keys.find();
        if (key.isPresent()) {
            int otherwise = sealedWithOther(key.get().id());
            if (otherwise > 0) {
                throw new NoteKeyException(NoteKeyException.Problem.WRONG_KEY, otherwise + " sealed records were "
                        + "sealed with another key than " + keys.location() + " holds (key " + key.get().id()
                        + "): restore the key they were written with. Nothing was written.");
            }
            return key.get();
        }
        if (sealedRecords() > 0) {
            throw missing();
        }
        return keys.create();
    }

    /**
     * The key to open with.
     *
     * @throws NoteKeyException when it is missing
     */
    NoteKey forReading() {
        return keys.find().orElseThrow(this::missing);
    }

    /** Every sealed record in every table that seals: notes, learnings, feedback, expectations notes. */
    int sealedRecords() {
        return ao.count(SessionNoteEntity.class)
                + ao.count(LearningEntity.class)
                + ao.count(ExpectationsEntity.class, ExpectationsEntity.NOTES_CIPHER + " IS NOT NULL")
                + ao.count(SurveyAnswerEntity.class, SurveyAnswerEntity.TEXT_CIPHER + " IS NOT NULL");
    }

    private int sealedWithOther(String id) {
        return ao.count(SessionNoteEntity.class, SessionNoteEntity.KEY_ID + " <> ?", id)
                + ao.count(LearningEntity.class, LearningEntity.KEY_ID + " <> ? AND " + LearningEntity.KEY_ID
                        + " <> ?", id, UNSEALED)
                + ao.count(LearningEntity.class, LearningEntity.FEEDBACK_KEY_ID + " IS NOT NULL AND "
                        + LearningEntity.FEEDBACK_KEY_ID + " <> ?", id)
                + ao.count(ExpectationsEntity.class, ExpectationsEntity.NOTES_CIPHER + " IS NOT NULL AND "
                        + ExpectationsEntity.NOTES_KEY_ID + " <> ?", id)
                + ao.count(SurveyAnswerEntity.class, SurveyAnswerEntity.TEXT_CIPHER + " IS NOT NULL AND "
                        + SurveyAnswerEntity.TEXT_KEY_ID + " <> ?", id);
    }

    private NoteKeyException missing() {
        return new NoteKeyException(NoteKeyException.Problem.MISSING, "Sealed notes or learnings exist but their "
                + "key " + keys.location() + " is missing: restore it from the backup of the shared home. Nothing "
                + "was written.");
    }
}
