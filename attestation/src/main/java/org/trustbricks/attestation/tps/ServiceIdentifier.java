package org.trustbricks.attestation.tps;

import java.util.UUID;

/**
 * Identifies one service instance on one secure component (TPSC_ServiceIdentifier).
 *
 * @param serviceInstance         unique and stable per service per secure component
 * @param serviceId               the same for every instance of a service type
 * @param secureComponentType     the kind of secure component
 * @param secureComponentInstance the secure component
 * @param serviceVersion          the service's version
 */
public record ServiceIdentifier(UUID serviceInstance, UUID serviceId, UUID secureComponentType, UUID secureComponentInstance,
                                ServiceVersion serviceVersion) {
}
