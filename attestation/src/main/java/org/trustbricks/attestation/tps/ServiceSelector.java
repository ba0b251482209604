package org.trustbricks.attestation.tps;

import java.util.UUID;

/**
 * Chooses services during discovery (TPSC_ServiceSelector); a nil UUID matches anything.
 *
 * @param serviceId               wanted service type, or nil
 * @param secureComponentType     wanted secure component type, or nil
 * @param secureComponentInstance wanted secure component, or nil
 * @param versionRange            acceptable versions
 */
public record ServiceSelector(UUID serviceId, UUID secureComponentType, UUID secureComponentInstance, ServiceRange versionRange) {

    /** Every service. */
    public static ServiceSelector any() {
        return new ServiceSelector(TpsUuids.NIL, TpsUuids.NIL, TpsUuids.NIL, ServiceRange.any());
    }

    /** Every instance of one service type, any version. */
    public static ServiceSelector forService(UUID serviceId) {
        return new ServiceSelector(serviceId, TpsUuids.NIL, TpsUuids.NIL, ServiceRange.any());
    }

    /** True when the service matches this selector. */
    public boolean matches(ServiceIdentifier s) {
        return uuid(s.serviceId(), serviceId) && uuid(s.secureComponentType(), secureComponentType)
                && uuid(s.secureComponentInstance(), secureComponentInstance) && versionRange.accepts(s.serviceVersion());
    }

    private static boolean uuid(UUID actual, UUID wanted) {
        return wanted.equals(TpsUuids.NIL) || wanted.equals(actual);
    }
}
