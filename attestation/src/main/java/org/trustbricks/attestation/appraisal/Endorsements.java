package org.trustbricks.attestation.appraisal;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustbricks.attestation.cose.VerificationKey;

/** An immutable, indexed set of platform endorsements: the verifier's in-memory view for the hot path. */
public final class Endorsements {

    private final String id;
    private final List<PlatformEndorsement> platforms;
    private final Map<ByteBuffer, PlatformEndorsement> byImplementation = new HashMap<>();
    private final Map<ByteBuffer, VerificationKey> byInstance = new HashMap<>();

    private Endorsements(String id, List<PlatformEndorsement> platforms) {
        this.id = id;
        this.platforms = List.copyOf(platforms);
        for (PlatformEndorsement p : this.platforms) {
            byImplementation.put(ByteBuffer.wrap(p.implementationId().clone()), p);
            for (AttestationKey k : p.attestationKeys()) {
                byInstance.put(pair(p.implementationId(), k.instanceId()), k.key());
            }
        }
    }

    /** An index over the given platforms; later entries replace earlier ones with the same implementation id. */
    public static Endorsements of(String id, List<PlatformEndorsement> platforms) {
        return new Endorsements(id, platforms);
    }

    /** No endorsements at all. */
    public static Endorsements empty() {
        return new Endorsements("empty", List.of());
    }

    /** The identifier of this endorsement set (shown in results). */
    public String id() {
        return id;
    }

    /** The platforms. */
    public List<PlatformEndorsement> platforms() {
        return platforms;
    }

    /** The platform with this implementation id. */
    public Optional<PlatformEndorsement> platform(byte[] implementationId) {
        return Optional.ofNullable(byImplementation.get(ByteBuffer.wrap(implementationId)));
    }

    /** The verification key endorsed for this instance of this implementation. */
    public Optional<VerificationKey> key(byte[] implementationId, byte[] instanceId) {
        return Optional.ofNullable(byInstance.get(pair(implementationId, instanceId)));
    }

    private static ByteBuffer pair(byte[] impl, byte[] inst) {
        return ByteBuffer.allocate(impl.length + inst.length + 1).put((byte) impl.length).put(impl).put(inst).flip();
    }
}
