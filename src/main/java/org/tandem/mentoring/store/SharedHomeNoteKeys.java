package org.tandem.mentoring.store;

import com.atlassian.sal.api.ApplicationProperties;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

/**
 * The notes' key in the Confluence shared home, {@code <shared home>/tandem/keys/notes.key}: 32 raw bytes, readable
 * by the owner only, so that every node of a cluster reads the same key and a database dump or backup holds none.
 * The folder is made owner-only too. A new key is written to a temporary file and linked into place, which fails
 * when another node was first; the first key then wins.
 */
@Named
public class SharedHomeNoteKeys implements NoteKeys {

    static final String FOLDER = "tandem";
    static final String KEYS = "keys";
    static final String FILE = "notes.key";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final ApplicationProperties applicationProperties;
    private final Path fixedFolder;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public SharedHomeNoteKeys(ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
        this.fixedFolder = null;
    }

    private SharedHomeNoteKeys(Path folder) {
        this.applicationProperties = null;
        this.fixedFolder = folder;
    }

    /** Keys in {@code home}'s Tandem folder, for tests and tools. */
    public static SharedHomeNoteKeys in(Path home) {
        return new SharedHomeNoteKeys(home.resolve(FOLDER).resolve(KEYS));
    }

    Path file() {
        return folder().resolve(FILE);
    }

    private Path folder() {
        if (fixedFolder != null) {
            return fixedFolder;
        }
        Path home = applicationProperties.getSharedHomeDirectory().orElseThrow(() -> new NoteKeyException(
                NoteKeyException.Problem.UNREADABLE, "Confluence reports no shared home directory: Tandem keeps "
                        + "the key of the session notes there"));
        return home.resolve(FOLDER).resolve(KEYS);
    }

    @Override
    public String location() {
        return file().toString();
    }

    @Override
    public Optional<NoteKey> find() {
        Path file = file();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != NoteKey.LENGTH) {
                throw new NoteKeyException(NoteKeyException.Problem.UNREADABLE, "The key file " + file + " holds "
                        + bytes.length + " bytes, a key is " + NoteKey.LENGTH);
            }
            return Optional.of(new NoteKey(bytes));
        } catch (IOException e) {
            throw new NoteKeyException(NoteKeyException.Problem.UNREADABLE, "Cannot read the key file " + file
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public NoteKey create() {
        Path folder = folder();
        Path file = folder.resolve(FILE);
        byte[] bytes = new byte[NoteKey.LENGTH];
        random.nextBytes(bytes);
        Path temporary = null;
        try {
            makeFolder(folder);
            temporary = posix(folder)
                    ? Files.createTempFile(folder, "notes", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE))
                    : Files.createTempFile(folder, "notes", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException first) {
                return find().orElseThrow(() -> first);
            } catch (UnsupportedOperationException noLinks) {
                Files.move(temporary, file);
            }
            return new NoteKey(bytes);
        } catch (IOException e) {
            throw new NoteKeyException(NoteKeyException.Problem.UNREADABLE, "Cannot write the key file " + file
                    + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a stray temporary file holds a key nobody uses
                }
            }
        }
    }

    private static void makeFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder.getParent());
        try {
            if (posix(folder.getParent())) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
            } else {
                Files.createDirectory(folder);
            }
        } catch (FileAlreadyExistsException racing) {
            // another node made it
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
