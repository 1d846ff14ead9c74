package org.tandem.mentoring.store;

/** An update was based on a version somebody else has changed in the meantime; nothing was written. */
public class StaleVersionException extends RuntimeException {

    private final String record;
    private final int id;
    private final int expectedVersion;

    public StaleVersionException(String record, int id, int expectedVersion) {
        super(record + " " + id + " is no longer at version " + expectedVersion);
        this.record = record;
        this.id = id;
        this.expectedVersion = expectedVersion;
    }

    public String record() {
        return record;
    }

    public int id() {
        return id;
    }

    public int expectedVersion() {
        return expectedVersion;
    }
}
