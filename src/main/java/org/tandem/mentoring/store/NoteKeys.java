package org.tandem.mentoring.store;

import java.util.Optional;

/** Where the key of the notes lives, outside the database. */
public interface NoteKeys {

    /**
     * The key, when there is one.
     *
     * @throws NoteKeyException when a key file exists but cannot be read or is not a key
     */
    Optional<NoteKey> find();

    /**
     * Makes a new key and keeps it; when another node made one first, that one. Called only while no note exists.
     *
     * @throws NoteKeyException when the key cannot be written
     */
    NoteKey create();

    /** Where the key is kept, for error messages (a path, never the key). */
    String location();
}
