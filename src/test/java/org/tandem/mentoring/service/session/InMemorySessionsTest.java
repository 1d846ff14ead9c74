package org.tandem.mentoring.service.session;

import org.tandem.mentoring.store.SessionStore;
import org.tandem.mentoring.store.SessionStoreContract;

/** The in-memory session store keeps the same contract as the Active Objects one. */
public class InMemorySessionsTest extends SessionStoreContract {

    @Override
    protected SessionStore newStore() {
        return new InMemorySessions();
    }
}
