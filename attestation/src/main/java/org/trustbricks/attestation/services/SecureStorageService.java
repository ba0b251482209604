package org.trustbricks.attestation.services;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.attestation.sc.SecureComponent;
import org.trustbricks.attestation.sc.SecureComponentException;
import org.trustbricks.attestation.tps.ClientIdentity;
import org.trustbricks.attestation.tps.LoginMethod;
import org.trustbricks.attestation.tps.ServiceIdentifier;
import org.trustbricks.attestation.tps.ServiceVersion;
import org.trustbricks.attestation.tps.TpsError;
import org.trustbricks.attestation.tps.TpsException;
import org.trustbricks.attestation.tps.TpsMessage;
import org.trustbricks.attestation.tps.TpsService;
import org.trustbricks.attestation.tps.TpsUuids;

/**
 * Secure storage as a TPS service: each client's named objects are sealed by the secure component (AES-256-GCM with
 * a key that never leaves it) with the service instance, client and object name as associated data, so an object
 * opens only on the same component, for the same client, under the same name. Sealed blobs live in an
 * {@link ObjectStore}; replaying an older version of the same object is not detected.
 *
 * <pre>
 * Store_Req  = #6.30({1: name, 2: data})  Store_Rsp  = #6.30({} / {2: error})
 * Load_Req   = #6.31({1: name})           Load_Rsp   = #6.31({1: data} / {2: error})
 * Delete_Req = #6.32({1: name})           Delete_Rsp = #6.32({} / {2: error})
 * List_Req   = #6.33({})                  List_Rsp   = #6.33({1: [* name]})
 * </pre>
 */
public final class SecureStorageService implements TpsService {

    /** The service name. */
    public static final String NAME = "org.trustbricks:secure-storage";
    /** The service id (a TrustBricks identifier). */
    public static final java.util.UUID SERVICE_ID = TpsUuids.v5(TpsUuids.TPS_NAMESPACE, NAME);
    /** Store. */
    public static final long STORE = 30;
    /** Load. */
    public static final long LOAD = 31;
    /** Delete. */
    public static final long DELETE = 32;
    /** List. */
    public static final long LIST = 33;
    /** Largest object. */
    public static final int MAX_OBJECT_BYTES = 16 * 1024;
    /** Most objects per client. */
    public static final int MAX_OBJECTS_PER_CLIENT = 256;

    private final ServiceIdentifier id;
    private final SecureComponent sc;
    private final ObjectStore store;

    private SecureStorageService(SecureComponent sc, ObjectStore store) {
        this.sc = sc;
        this.store = store;
        this.id = new ServiceIdentifier(TpsUuids.serviceInstance(sc.instance(), NAME), SERVICE_ID, sc.type(), sc.instance(),
                new ServiceVersion(1, 0, 0));
    }

    /** The service on a secure component, keeping sealed objects in the store. */
    public static SecureStorageService on(SecureComponent sc, ObjectStore store) {
        return new SecureStorageService(sc, store);
    }

    @Override
    public ServiceIdentifier identifier() {
        return id;
    }

    @Override
    public List<LoginMethod> loginMethods() {
        return List.of(LoginMethod.USER, LoginMethod.GROUP, LoginMethod.APPLICATION, LoginMethod.USER_APPLICATION,
                LoginMethod.GROUP_APPLICATION);
    }

    @Override
    public Map<Long, CborItem> features() {
        return Map.of(128L, new CborItem.Array(List.of(CborItem.of(STORE), CborItem.of(LOAD), CborItem.of(DELETE), CborItem.of(LIST))),
                129L, CborItem.of(MAX_OBJECT_BYTES));
    }

    @Override
    public TpsMessage handle(ClientIdentity client, TpsMessage request) throws TpsException {
        String prefix = clientPrefix(client);
        try {
            if (request.id() == LIST) {
                List<CborItem> names = store.list(prefix).stream().<CborItem>map(k -> CborItem.of(k.substring(prefix.length()))).toList();
                return TpsMessage.of(LIST, 1, new CborItem.Array(names));
            }
            String name = Fields.name(request, 1, "the object name");
            String key = prefix + name;
            byte[] aad = (id.serviceInstance() + "/" + client.id() + "/" + name).getBytes(StandardCharsets.UTF_8);
            if (request.id() == STORE) {
                byte[] data = Fields.bytes(request, 2, "the data");
                if (data.length > MAX_OBJECT_BYTES || (store.get(key).isEmpty() && store.list(prefix).size() >= MAX_OBJECTS_PER_CLIENT)) {
                    return Fields.error(request, ServiceError.TOO_LARGE);
                }
                store.put(key, sc.seal(aad, data));
                return TpsMessage.of(STORE);
            }
            if (request.id() == LOAD) {
                Optional<byte[]> blob = store.get(key);
                if (blob.isEmpty()) {
                    return Fields.error(request, ServiceError.NOT_FOUND);
                }
                try {
                    return TpsMessage.of(LOAD, 1, CborItem.of(sc.unseal(aad, blob.get())));
                } catch (SecureComponentException e) {
                    return Fields.error(request, ServiceError.INTEGRITY_FAILURE);
                }
            }
            if (request.id() == DELETE) {
                return store.delete(key) ? TpsMessage.of(DELETE) : Fields.error(request, ServiceError.NOT_FOUND);
            }
        } catch (IOException e) {
            throw TpsException.of(TpsError.ERROR_GENERIC, "the object store failed: " + e.getMessage());
        } catch (SecureComponentException e) {
            return Fields.error(request, ServiceError.COMPONENT_FAILURE);
        }
        throw TpsException.of(TpsError.ERROR_NOT_SUPPORTED, "secure storage has no message " + request.id());
    }

    static String clientPrefix(ClientIdentity client) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(client.id().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8) + "-";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
