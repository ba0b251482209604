package org.trustbricks.attestation;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.trustbricks.attestation.device.SimulatedDevice;
import org.trustbricks.attestation.sc.Pkcs11SecureComponent;
import org.trustbricks.attestation.sc.SecureComponentException;
import org.trustbricks.attestation.sc.SoftwareSecureComponent;
import org.trustbricks.attestation.services.ObjectStore;
import org.trustbricks.attestation.tps.Connector;
import org.trustbricks.attestation.tps.InProcessConnector;
import org.trustbricks.attestation.tps.Rot13Service;
import org.trustbricks.attestation.tps.TpsClient;

/** Entry point for the TPS side: clients, the ROT13 test service, and simulated devices. */
public final class Tps {

    private Tps() {
    }

    /** A TPS client over the given connectors. */
    public static TpsClient client(List<Connector> connectors) {
        return TpsClient.of(connectors);
    }

    /** A TPS client reaching only the GPP ROT13 test service on a test secure component. */
    public static TpsClient rot13Client(UUID secureComponentInstance) {
        return TpsClient.of(List.of(InProcessConnector.of("rot13", List.of(Rot13Service.on(secureComponentInstance)))));
    }

    /** A simulated device on the in-process software component (no hardware protection). */
    public static SimulatedDevice softwareDevice(String firmwareVersion) throws SecureComponentException {
        return SimulatedDevice.create(SoftwareSecureComponent.create(UUID.randomUUID()), SimulatedDevice.exampleProfile(firmwareVersion),
                ObjectStore.inMemory());
    }

    /**
     * A simulated device whose keys live in a PKCS#11 token (e.g. SoftHSM2; set SOFTHSM2_CONF before the JVM starts).
     */
    public static SimulatedDevice pkcs11Device(Path library, long slot, char[] pin, UUID instance, String firmwareVersion)
            throws SecureComponentException {
        return SimulatedDevice.create(Pkcs11SecureComponent.open(library, slot, pin, instance), SimulatedDevice.exampleProfile(firmwareVersion),
                ObjectStore.inMemory());
    }
}
