package org.trustbricks.attestation.appraisal;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up the certificate of a platform by its implementation id (the registry implements this). The result must not
 * depend on anything the token says about itself.
 */
@FunctionalInterface
public interface PlatformCertificateStatus {

    /** The certificate linked to this implementation id, if any. */
    Optional<PlatformCertificate> lookup(byte[] implementationId);

    /** A lookup that knows no certificate. */
    static PlatformCertificateStatus none() {
        return implementationId -> Optional.empty();
    }

    /** A lookup over a fixed table (tests, command-line use). */
    static PlatformCertificateStatus fixed(Map<byte[], PlatformCertificate> table) {
        Map<ByteBuffer, PlatformCertificate> copy = new HashMap<>();
        table.forEach((k, v) -> copy.put(ByteBuffer.wrap(k.clone()), v));
        return implementationId -> Optional.ofNullable(copy.get(ByteBuffer.wrap(implementationId)));
    }
}
