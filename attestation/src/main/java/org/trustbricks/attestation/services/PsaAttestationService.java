package org.trustbricks.attestation.services;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.attestation.cose.CoseSigner;
import org.trustbricks.attestation.psa.PsaClaims;
import org.trustbricks.attestation.psa.PsaProfile;
import org.trustbricks.attestation.psa.PsaTokenEncoder;
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
 * PSA initial attestation as a TPS service: tokens per RFC 9783 (or the older profiles), COSE_Sign1 ES256, signed by
 * the Initial Attestation Key (IAK) held in the secure component. The instance id is 0x01 followed by the SHA-256 of
 * the IAK's uncompressed public key; the boot seed is drawn once per service start.
 *
 * <pre>
 * GetToken_Req      = #6.20({1: nonce (32, 48 or 64 bytes)})  GetToken_Rsp      = #6.20({1: token} / {2: error})
 * GetTokenSize_Req  = #6.21({1: nonce size})                  GetTokenSize_Rsp  = #6.21({1: size} / {2: error})
 * GetIdentity_Req   = #6.22({})                               GetIdentity_Rsp   = #6.22({1: IAK public key (SEC1),
 *                                                                   2: instance id, 3: implementation id})
 * </pre>
 */
public final class PsaAttestationService implements TpsService {

    /** The service name; instance ids are derived from it. */
    public static final String NAME = "org.trustbricks:psa-attestation";
    /** The service id (a TrustBricks identifier). */
    public static final java.util.UUID SERVICE_ID = TpsUuids.v5(TpsUuids.TPS_NAMESPACE, NAME);
    /** GetToken message id. */
    public static final long GET_TOKEN = 20;
    /** GetTokenSize message id. */
    public static final long GET_TOKEN_SIZE = 21;
    /** GetIdentity message id. */
    public static final long GET_IDENTITY = 22;
    /** The IAK's label in the secure component. */
    public static final String IAK_LABEL = "psa-iak";

    private final ServiceIdentifier id;
    private final DeviceProfile device;
    private final CoseSigner iak;
    private final byte[] instanceId;
    private final byte[] bootSeed;

    private PsaAttestationService(SecureComponent sc, DeviceProfile device) throws SecureComponentException {
        this.id = new ServiceIdentifier(TpsUuids.serviceInstance(sc.instance(), NAME), SERVICE_ID, sc.type(), sc.instance(),
                new ServiceVersion(1, 0, 0));
        this.device = device;
        KeyRef key = sc.findKey(IAK_LABEL).orElse(null);
        this.iak = sc.signer(key != null ? key : sc.generateSigningKey(IAK_LABEL));
        this.instanceId = instanceIdOf(iak.publicKey().sec1());
        this.bootSeed = sc.random(32);
    }

    /** The service on a secure component, creating the IAK there on first use. */
    public static PsaAttestationService on(SecureComponent sc, DeviceProfile device) throws SecureComponentException {
        return new PsaAttestationService(sc, device);
    }

    /** 0x01 followed by SHA-256 of the public key. */
    public static byte[] instanceIdOf(byte[] publicKeySec1) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(publicKeySec1);
            byte[] out = new byte[33];
            out[0] = 1;
            System.arraycopy(h, 0, out, 1, 32);
            return out;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public ServiceIdentifier identifier() {
        return id;
    }

    @Override
    public List<LoginMethod> loginMethods() {
        return List.of(LoginMethod.PUBLIC, LoginMethod.USER, LoginMethod.APPLICATION);
    }

    @Override
    public Optional<String> profileName() {
        return Optional.of(device.profile().id());
    }

    @Override
    public Map<Long, CborItem> features() {
        return Map.of(128L, new CborItem.Array(List.of(CborItem.of(GET_TOKEN), CborItem.of(GET_TOKEN_SIZE), CborItem.of(GET_IDENTITY))));
    }

    @Override
    public TpsMessage handle(ClientIdentity client, TpsMessage request) throws TpsException {
        if (request.id() == GET_IDENTITY) {
            return TpsMessage.of(GET_IDENTITY, 1, CborItem.of(iak.publicKey().sec1()), 2, CborItem.of(instanceId),
                    3, CborItem.of(device.implementationId()));
        }
        if (request.id() == GET_TOKEN_SIZE) {
            long size = Fields.integer(request, 1, "the nonce size");
            return validNonceSize(size) ? TpsMessage.of(GET_TOKEN_SIZE, 1, CborItem.of(token(client, new byte[(int) size]).length))
                    : Fields.error(request, ServiceError.INVALID_ARGUMENT);
        }
        if (request.id() == GET_TOKEN) {
            byte[] nonce = Fields.bytes(request, 1, "the nonce");
            return validNonceSize(nonce.length) ? TpsMessage.of(GET_TOKEN, 1, CborItem.of(token(client, nonce)))
                    : Fields.error(request, ServiceError.INVALID_ARGUMENT);
        }
        throw TpsException.of(TpsError.ERROR_NOT_SUPPORTED, "the attestation service has no message " + request.id());
    }

    private static boolean validNonceSize(long n) {
        return n == 32 || n == 48 || n == 64;
    }

    private byte[] token(ClientIdentity client, byte[] nonce) throws TpsException {
        PsaProfile p = device.profile();
        PsaClaims claims = new PsaClaims(p, p.id(), (long) clientId(client), (long) device.securityLifecycle(),
                device.implementationId(), instanceId, List.of(nonce), bootSeed, device.certificationReference(),
                device.softwareComponents(), null, device.verificationServiceIndicator());
        try {
            return PsaTokenEncoder.sign(claims, iak);
        } catch (IllegalStateException e) {
            throw TpsException.of(TpsError.ERROR_SECURITY, "the secure component could not sign: " + e.getMessage());
        }
    }

    /** A stable non-secure (negative) PSA client id for a TPS client. */
    static int clientId(ClientIdentity client) {
        return -1 - (client.id().hashCode() & 0x3fffffff);
    }
}
