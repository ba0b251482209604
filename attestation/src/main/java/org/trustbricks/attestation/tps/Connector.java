package org.trustbricks.attestation.tps;

import java.util.List;
import java.util.UUID;

/**
 * A back end that reaches the services of one secure component (the reference implementation's connector ABI).
 * Unlike that ABI, opening a session names the connection and a transaction names its session, so one connector can
 * serve several sessions and services at once. Implementations are found with {@link java.util.ServiceLoader} or
 * given to {@link TpsClient#of}.
 */
public interface Connector {

    /** A name for messages. */
    String name();

    /** The services this connector reaches. */
    List<ServiceIdentifier> serviceDiscovery() throws TpsException;

    /** Establishes a connection with a login method; returns its id. */
    int connect(LoginMethod login, ConnectionData data) throws TpsException;

    /** Ends a connection. */
    void disconnect(int connectionId) throws TpsException;

    /** Opens a session with a service instance on a connection; returns its id. */
    int openSession(int connectionId, UUID serviceInstance) throws TpsException;

    /** Closes a session. */
    void closeSession(int sessionId) throws TpsException;

    /** Sends one request on a session and returns the response. */
    byte[] executeTransaction(int sessionId, byte[] request) throws TpsException;
}
