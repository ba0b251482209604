package org.trustbricks.attestation.services;

import java.util.List;
import java.util.Map;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.attestation.cose.Ecdsa;
import org.trustbricks.attestation.cose.EcPublicKey;
import org.trustbricks.attestation.sc.KeyRef;
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
 * Keystore and crypto as a TPS service: P-256 keys generated in the secure component and used by name, per client.
 * There is no message that returns a private key.
 *
 * <pre>
 * Generate_Req  = #6.40({1: name})                 Generate_Rsp  = #6.40({1: public key (SEC1)} / {2: error})
 * Sign_Req      = #6.41({1: name, 2: data})        Sign_Rsp      = #6.41({1: ES256 signature r||s} / {2: error})
 * Verify_Req    = #6.42({1: name, 2: data, 3: sig}) Verify_Rsp   = #6.42({1: bool} / {2: error})
 * PublicKey_Req = #6.43({1: name})                 PublicKey_Rsp = #6.43({1: public key (SEC1)} / {2: error})
 * Delete_Req    = #6.44({1: name})                 Delete_Rsp    = #6.44({} / {2: error})
 * </pre>
 */
public final class KeystoreService implements TpsService {

    /** The service name. */
    public static final String NAME = "org.trustbricks:keystore";
    /** The service id (a TrustBricks identifier). */
    public static final java.util.UUID SERVICE_ID = TpsUuids.v5(TpsUuids.TPS_NAMESPACE, NAME);
    /** Generate. */
    public static final long GENERATE = 40;
    /** Sign. */
    public static final long SIGN = 41;
    /** Verify. */
    public static final long VERIFY = 42;
    /** Public key. */
    public static final long PUBLIC_KEY = 43;
    /** Delete. */
    public static final long DELETE = 44;
    /** Largest data to sign. */
    public static final int MAX_DATA_BYTES = 16 * 1024;

    private final ServiceIdentifier id;
    private final SecureComponent sc;

    private KeystoreService(SecureComponent sc) {
        this.sc = sc;
        this.id = new ServiceIdentifier(TpsUuids.serviceInstance(sc.instance(), NAME), SERVICE_ID, sc.type(), sc.instance(),
                new ServiceVersion(1, 0, 0));
    }

    /** The service on a secure component. */
    public static KeystoreService on(SecureComponent sc) {
        return new KeystoreService(sc);
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
        return Map.of(128L, new CborItem.Array(List.of(CborItem.of(GENERATE), CborItem.of(SIGN), CborItem.of(VERIFY),
                CborItem.of(PUBLIC_KEY), CborItem.of(DELETE))), 129L, new CborItem.Array(List.of(CborItem.of(-7))));
    }

    @Override
    public TpsMessage handle(ClientIdentity client, TpsMessage request) throws TpsException {
        long op = request.id();
        if (op < GENERATE || op > DELETE) {
            throw TpsException.of(TpsError.ERROR_NOT_SUPPORTED, "the keystore has no message " + op);
        }
        String name = Fields.name(request, 1, "the key name");
        String label = "ks-" + SecureStorageService.clientPrefix(client) + name;
        try {
            if (op == GENERATE) {
                if (sc.findKey(label).isPresent()) {
                    return Fields.error(request, ServiceError.ALREADY_EXISTS);
                }
                return TpsMessage.of(op, 1, CborItem.of(sc.publicKey(sc.generateSigningKey(label)).sec1()));
            }
            KeyRef key = sc.findKey(label).orElse(null);
            if (key == null) {
                return Fields.error(request, ServiceError.NOT_FOUND);
            }
            if (op == PUBLIC_KEY) {
                return TpsMessage.of(op, 1, CborItem.of(sc.publicKey(key).sec1()));
            }
            if (op == DELETE) {
                sc.deleteKey(key);
                return TpsMessage.of(op);
            }
            byte[] data = Fields.bytes(request, 2, "the data");
            if (data.length > MAX_DATA_BYTES) {
                return Fields.error(request, ServiceError.TOO_LARGE);
            }
            if (op == SIGN) {
                return TpsMessage.of(op, 1, CborItem.of(sc.signEs256(key, data)));
            }
            EcPublicKey pub = sc.publicKey(key);
            boolean ok = Ecdsa.verify(pub, data, Fields.bytes(request, 3, "the signature"));
            return TpsMessage.of(op, 1, ok ? CborItem.Simple.TRUE : CborItem.Simple.FALSE);
        } catch (SecureComponentException e) {
            return Fields.error(request, ServiceError.COMPONENT_FAILURE);
        }
    }
}
