package org.tandem.mentoring.store;

/** The record to change does not exist (any more). */
public class RecordNotFoundException extends RuntimeException {

    private final String record;
    private final int id;

    public RecordNotFoundException(String record, int id) {
        super(record + " " + id + " does not exist");
        this.record = record;
        this.id = id;
    }

    public String record() {
        return record;
    }

    public int id() {
        return id;
    }
}
