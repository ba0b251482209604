package org.trustbricks.attestation.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;
import org.trustbricks.attestation.appraisal.AttestationKey;
import org.trustbricks.attestation.appraisal.PlatformEndorsement;
import org.trustbricks.attestation.appraisal.ReferenceValue;
import org.trustbricks.attestation.cbor.CborItem;
import org.trustbricks.attestation.cose.EcCurve;
import org.trustbricks.attestation.cose.EcPublicKey;
import org.trustbricks.attestation.psa.PsaProfile;
import org.trustbricks.attestation.psa.SoftwareComponent;
import org.trustbricks.attestation.sc.SecureComponent;
import org.trustbricks.attestation.sc.SecureComponentException;
import org.trustbricks.attestation.services.DeviceProfile;
import org.trustbricks.attestation.services.KeystoreService;
import org.trustbricks.attestation.services.ObjectStore;
import org.trustbricks.attestation.services.PsaAttestationService;
import org.trustbricks.attestation.services.SecureStorageService;
import org.trustbricks.attestation.services.ServiceError;
import org.trustbricks.attestation.tps.ConnectionData;
import org.trustbricks.attestation.tps.InProcessConnector;
import org.trustbricks.attestation.tps.LoginMethod;
import org.trustbricks.attestation.tps.ServiceIdentifier;
import org.trustbricks.attestation.tps.ServiceSelector;
import org.trustbricks.attestation.tps.Session;
import org.trustbricks.attestation.tps.TpsClient;
import org.trustbricks.attestation.tps.TpsError;
import org.trustbricks.attestation.tps.TpsException;
import org.trustbricks.attestation.tps.TpsMessage;
import org.trustbricks.common.MalformedInputException;

/**
 * A simulated IoT device: a secure component (software or PKCS#11) hosting the attestation, secure storage and
 * keystore services, and an application that reaches them only through the TPS Client API.
 */
public final class SimulatedDevice implements AutoCloseable {

    private final SecureComponent component;
    private final DeviceProfile profile;
    private final TpsClient client;

    private SimulatedDevice(SecureComponent component, DeviceProfile profile, TpsClient client) {
        this.component = component;
        this.profile = profile;
        this.client = client;
    }

    /** A device on the secure component, reporting the profile and keeping sealed objects in the store. */
    public static SimulatedDevice create(SecureComponent component, DeviceProfile profile, ObjectStore store) throws SecureComponentException {
        InProcessConnector connector = InProcessConnector.of("device-" + component.instance(), List.of(
                PsaAttestationService.on(component, profile), SecureStorageService.on(component, store), KeystoreService.on(component)));
        return new SimulatedDevice(component, profile, TpsClient.of(List.of(connector)));
    }

    /** An example platform: a secured RFC 9783 device with a bootloader and a PSA RoT of the given firmware version. */
    public static DeviceProfile exampleProfile(String firmwareVersion) {
        return new DeviceProfile(PsaProfile.RFC_9783, sha256("TrustBricks example platform"), 0x3000, "1234567890123-12345",
                "https://verifier.example/challenge-response", List.of(
                new SoftwareComponent("BL", sha256("bootloader " + firmwareVersion), firmwareVersion, sha256("maker signing key"), "sha-256"),
                new SoftwareComponent("PRoT", sha256("psa-rot " + firmwareVersion), firmwareVersion, sha256("maker signing key"), "sha-256")));
    }

    /** The TPS client the device's application uses. */
    public TpsClient client() {
        return client;
    }

    /** The secure component. */
    public SecureComponent component() {
        return component;
    }

    /** The services the device offers. */
    public List<ServiceIdentifier> discover() throws TpsException {
        return client.serviceDiscovery(ServiceSelector.any());
    }

    /** Asks the attestation service, through the TPS API, for a PSA token over the verifier's nonce. */
    public byte[] attest(byte[] nonce) throws TpsException {
        TpsMessage rsp = call(PsaAttestationService.SERVICE_ID, LoginMethod.PUBLIC, TpsMessage.of(PsaAttestationService.GET_TOKEN, 1, CborItem.of(nonce)));
        if (rsp.get(1) instanceof CborItem.Bytes token) {
            return token.value();
        }
        throw TpsException.of(TpsError.ERROR_BAD_FORMAT, "the attestation service refused: " + describe(rsp));
    }

    /** Reads the device identity (IAK public key, instance and implementation ids) through the TPS API. */
    public DeviceIdentity identity() throws TpsException {
        TpsMessage rsp = call(PsaAttestationService.SERVICE_ID, LoginMethod.PUBLIC, TpsMessage.of(PsaAttestationService.GET_IDENTITY));
        if (rsp.get(1) instanceof CborItem.Bytes key && rsp.get(2) instanceof CborItem.Bytes inst && rsp.get(3) instanceof CborItem.Bytes impl) {
            try {
                return new DeviceIdentity(EcPublicKey.fromSec1(EcCurve.P256, key.value()), inst.value(), impl.value());
            } catch (MalformedInputException e) {
                throw TpsException.of(TpsError.ERROR_BAD_FORMAT, "the attestation key is not a P-256 point");
            }
        }
        throw TpsException.of(TpsError.ERROR_BAD_FORMAT, "the identity response lacks fields");
    }

    /** The endorsement a maker would provision for this device: its key and the reference values of its firmware. */
    public PlatformEndorsement endorsement(String certificateId) throws TpsException {
        DeviceIdentity id = identity();
        List<ReferenceValue> refs = profile.softwareComponents().stream()
                .map(sc -> new ReferenceValue(sc.measurementType(), sc.version(), sc.measurementValue(), sc.signerId())).toList();
        return new PlatformEndorsement(id.implementationId(), "TrustBricks", "simulated device", certificateId,
                List.of(new AttestationKey(id.instanceId(), id.attestationKey())), refs);
    }

    /** Sends one message to the first instance of a service, in a session opened and closed for it. */
    public TpsMessage call(UUID serviceId, LoginMethod login, TpsMessage request) throws TpsException {
        List<ServiceIdentifier> found = client.serviceDiscovery(ServiceSelector.forService(serviceId));
        if (found.isEmpty()) {
            throw TpsException.of(TpsError.ERROR_BAD_IDENTIFIER, "the device offers no service " + serviceId);
        }
        Session s = client.openSession(found.get(0).serviceInstance(), login, ConnectionData.none());
        try {
            return client.transact(s, request);
        } finally {
            client.closeSession(s);
        }
    }

    private static String describe(TpsMessage rsp) {
        return rsp.get(ServiceError.KEY) instanceof CborItem.Int code && ServiceError.byCode(code.value()) != null
                ? ServiceError.byCode(code.value()).name() : "unexpected response";
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void close() {
        component.close();
    }
}
