package org.trustbricks.attestation.tps;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connector to services running in this JVM (for example on the software secure component or on a PKCS#11 token
 * reached from this process). Checks the login method against each service's list when a session opens.
 */
public final class InProcessConnector implements Connector {

    private static final int MAX_CONNECTIONS = 256;

    private record Open(int connectionId, TpsService service, ClientIdentity client) {
    }

    private final String name;
    private final Map<UUID, TpsService> services = new ConcurrentHashMap<>();
    private final Map<Integer, ClientIdentity> connections = new ConcurrentHashMap<>();
    private final Map<Integer, Open> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);

    private InProcessConnector(String name, List<TpsService> hosted) {
        this.name = name;
        hosted.forEach(s -> services.put(s.identifier().serviceInstance(), s));
    }

    /** A connector hosting the given services. */
    public static InProcessConnector of(String name, List<TpsService> services) {
        return new InProcessConnector(name, services);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<ServiceIdentifier> serviceDiscovery() {
        return services.values().stream().map(TpsService::identifier).toList();
    }

    @Override
    public int connect(LoginMethod login, ConnectionData data) throws TpsException {
        if (login == null || data == null) {
            throw TpsException.of(TpsError.ERROR_NULL_POINTER, "a login method and connection data are required");
        }
        if ((login == LoginMethod.GROUP || login == LoginMethod.GROUP_APPLICATION) && !(data instanceof ConnectionData.Gid)) {
            throw TpsException.of(TpsError.ERROR_BAD_FORMAT, login + " login needs a group id in the connection data");
        }
        if (connections.size() >= MAX_CONNECTIONS) {
            throw TpsException.of(TpsError.ERROR_BUSY, "too many open connections");
        }
        int id = nextId.getAndIncrement();
        connections.put(id, ClientIdentity.of(login, data, System.getProperty("user.name", "unknown")));
        return id;
    }

    @Override
    public void disconnect(int connectionId) throws TpsException {
        if (connections.remove(connectionId) == null) {
            throw TpsException.of(TpsError.ERROR_BAD_STATE, "connection " + connectionId + " is not open");
        }
        sessions.values().removeIf(s -> s.connectionId() == connectionId);
    }

    @Override
    public int openSession(int connectionId, UUID serviceInstance) throws TpsException {
        ClientIdentity client = connections.get(connectionId);
        if (client == null) {
            throw TpsException.of(TpsError.ERROR_BAD_STATE, "connection " + connectionId + " is not open");
        }
        TpsService service = services.get(serviceInstance);
        if (service == null) {
            throw TpsException.of(TpsError.ERROR_BAD_IDENTIFIER, "no service instance " + serviceInstance + " on " + name);
        }
        if (!service.loginMethods().contains(client.login())) {
            throw TpsException.of(TpsError.ERROR_ACCESS_DENIED, "the service does not accept " + client.login() + " login; it accepts "
                    + service.loginMethods());
        }
        int id = nextId.getAndIncrement();
        sessions.put(id, new Open(connectionId, service, client));
        return id;
    }

    @Override
    public void closeSession(int sessionId) throws TpsException {
        if (sessions.remove(sessionId) == null) {
            throw TpsException.of(TpsError.ERROR_BAD_STATE, "session " + sessionId + " is not open");
        }
    }

    @Override
    public byte[] executeTransaction(int sessionId, byte[] request) throws TpsException {
        Open s = sessions.get(sessionId);
        if (s == null) {
            throw TpsException.of(TpsError.ERROR_BAD_STATE, "session " + sessionId + " is not open");
        }
        if (request == null) {
            throw TpsException.of(TpsError.ERROR_NULL_POINTER, "no request");
        }
        try {
            return s.service().process(s.client(), request);
        } catch (RuntimeException e) {
            throw TpsException.of(TpsError.ERROR_GENERIC, "the service failed: " + e.getClass().getSimpleName());
        }
    }
}
