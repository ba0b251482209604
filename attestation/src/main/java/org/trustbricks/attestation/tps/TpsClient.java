package org.trustbricks.attestation.tps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TPS Client API, following GlobalPlatform's reference implementation: service discovery across connectors,
 * open/close session with a login method, and synchronous CBOR transactions. Thread-safe.
 */
public final class TpsClient {

    private final List<Connector> connectors;
    private final Map<UUID, Connector> table = new ConcurrentHashMap<>();

    private TpsClient(List<Connector> connectors) {
        this.connectors = List.copyOf(connectors);
    }

    /** A client over the given connectors. */
    public static TpsClient of(List<Connector> connectors) {
        return new TpsClient(connectors);
    }

    /** A client over the connectors registered with {@link ServiceLoader}. */
    public static TpsClient fromServiceLoader() {
        return new TpsClient(ServiceLoader.load(Connector.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    /** TPSC_ServiceDiscovery: every service of every connector that matches the selector. */
    public List<ServiceIdentifier> serviceDiscovery(ServiceSelector selector) throws TpsException {
        if (selector == null) {
            throw TpsException.of(TpsError.ERROR_NULL_POINTER, "no selector");
        }
        List<ServiceIdentifier> found = new ArrayList<>();
        for (Connector c : connectors) {
            for (ServiceIdentifier s : c.serviceDiscovery()) {
                table.put(s.serviceInstance(), c);
                if (selector.matches(s)) {
                    found.add(s);
                }
            }
        }
        return found;
    }

    /**
     * TPSC_ServiceDiscovery with a caller array: fills it and returns the number found, or fails with
     * ERROR_SHORT_BUFFER (whose message gives the number needed) when more services match than it holds.
     */
    public int serviceDiscovery(ServiceSelector selector, ServiceIdentifier[] out) throws TpsException {
        List<ServiceIdentifier> found = serviceDiscovery(selector);
        for (int i = 0; i < Math.min(found.size(), out.length); i++) {
            out[i] = found.get(i);
        }
        if (found.size() > out.length) {
            throw TpsException.of(TpsError.ERROR_SHORT_BUFFER, found.size() + " services match; the array holds " + out.length);
        }
        return found.size();
    }

    /** TPSC_OpenSession: connects with the login method and opens a session with the service instance. */
    public Session openSession(UUID serviceInstance, LoginMethod login, ConnectionData data) throws TpsException {
        if (serviceInstance == null || login == null || data == null) {
            throw TpsException.of(TpsError.ERROR_NULL_POINTER, "service instance, login method and connection data are required");
        }
        Connector c = table.get(serviceInstance);
        if (c == null) {
            serviceDiscovery(ServiceSelector.any());
            c = table.get(serviceInstance);
        }
        if (c == null) {
            throw TpsException.of(TpsError.ERROR_BAD_IDENTIFIER, "no connector offers service instance " + serviceInstance);
        }
        int connection = c.connect(login, data);
        try {
            return new Session(serviceInstance, c.openSession(connection, serviceInstance), connection, c);
        } catch (TpsException e) {
            c.disconnect(connection);
            throw e;
        }
    }

    /** TPSC_CloseSession: closes the session and its connection; a second close is ERROR_BAD_STATE. */
    public void closeSession(Session session) throws TpsException {
        if (session == null) {
            throw TpsException.of(TpsError.ERROR_NULL_POINTER, "no session");
        }
        if (!session.markClosed()) {
            throw TpsException.of(TpsError.ERROR_BAD_STATE, "the session is already closed");
        }
        session.connector().closeSession(session.sessionId());
        session.connector().disconnect(session.connectionId());
    }

    /** TPSC_ExecuteTransaction: sends the request buffer and fills the response buffer. */
    public void executeTransaction(Session session, MessageBuffer send, MessageBuffer receive) throws TpsException {
        if (send == null || receive == null) {
            throw TpsException.of(TpsError.ERROR_NULL_POINTER, "send and receive buffers are required");
        }
        receive.write(executeTransaction(session, send.message()));
    }

    /** Sends one encoded request and returns the encoded response. */
    public byte[] executeTransaction(Session session, byte[] request) throws TpsException {
        if (session == null || !session.isOpen()) {
            throw TpsException.of(TpsError.ERROR_BAD_STATE, "the session is not open");
        }
        if (request.length > TpsMessage.MAX_BYTES) {
            throw TpsException.of(TpsError.ERROR_BAD_FORMAT, "the request is larger than " + TpsMessage.MAX_BYTES + " bytes");
        }
        return session.connector().executeTransaction(session.sessionId(), request);
    }

    /** Sends a message and decodes the response, which must carry the same message id. */
    public TpsMessage transact(Session session, TpsMessage request) throws TpsException {
        TpsMessage rsp = TpsMessage.decode(executeTransaction(session, request.encode()));
        if (rsp.id() != request.id()) {
            throw TpsException.of(TpsError.ERROR_COMMUNICATION, "message " + request.id() + " was answered with message " + rsp.id());
        }
        return rsp;
    }

    /** TPSC_CancelTransaction: transactions are synchronous and cannot be cancelled. */
    public void cancelTransaction(MessageBuffer transaction) throws TpsException {
        throw TpsException.of(TpsError.ERROR_NOT_SUPPORTED, "transactions are synchronous and cannot be cancelled");
    }
}
