package org.trustbricks.attestation.tps;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/** An open session with one service instance (TPSC_Session). */
public final class Session {

    private final UUID serviceInstance;
    private final int sessionId;
    private final int connectionId;
    private final Connector connector;
    private final AtomicBoolean open = new AtomicBoolean(true);

    Session(UUID serviceInstance, int sessionId, int connectionId, Connector connector) {
        this.serviceInstance = serviceInstance;
        this.sessionId = sessionId;
        this.connectionId = connectionId;
        this.connector = connector;
    }

    /** The service instance this session talks to. */
    public UUID serviceInstance() {
        return serviceInstance;
    }

    /** The connector's session id. */
    public int sessionId() {
        return sessionId;
    }

    /** True until the session is closed. */
    public boolean isOpen() {
        return open.get();
    }

    int connectionId() {
        return connectionId;
    }

    Connector connector() {
        return connector;
    }

    boolean markClosed() {
        return open.compareAndSet(true, false);
    }
}
