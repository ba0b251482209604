package org.trustbricks.attestation.tps;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** The standard TPS UUIDs and the name-based (version 5) derivation of service instance ids. */
public final class TpsUuids {

    /** The nil UUID: a wildcard in selectors. */
    public static final UUID NIL = new UUID(0, 0);
    /** The TPS namespace for deriving version-5 UUIDs. */
    public static final UUID TPS_NAMESPACE = UUID.fromString("9913673c-2332-422c-8213-1ec1f74936e8");
    /** Secure component type "GPD-TEE". */
    public static final UUID SC_TYPE_GPD_TEE = UUID.fromString("59846875-1e02-53c8-922f-5d60dd103a58");
    /** Secure component type "GPC-SE". */
    public static final UUID SC_TYPE_GPC_SE = UUID.fromString("bdd658fa-44c1-5e59-b3a1-1a8f038ceb50");
    /** Secure component type "GPP-REE". */
    public static final UUID SC_TYPE_GPP_REE = UUID.fromString("d2dc120c-3e4a-5b1f-bece-df3825c933ae");
    /** Secure component type "Insecure Test SC" of the ROT13 test service. */
    public static final UUID SC_TYPE_INSECURE_TEST = UUID.fromString("0a288f23-b736-5826-a81a-9fe66e331661");
    /** Service id of "GPP ROT13". */
    public static final UUID SERVICE_GPP_ROT13 = UUID.fromString("87bae713-b08f-5e28-b9ee-4aa6e202440e");

    private TpsUuids() {
    }

    /** The version-5 (SHA-1, name-based) UUID of a name in a namespace (RFC 9562 section 5.5). */
    public static UUID v5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(namespace));
            sha1.update(name.getBytes(StandardCharsets.UTF_8));
            byte[] h = sha1.digest();
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    /** A service instance id: the v5 UUID of the service name in the secure component instance's namespace. */
    public static UUID serviceInstance(UUID secureComponentInstance, String serviceName) {
        return v5(secureComponentInstance, serviceName);
    }

    /** The 16 bytes of a UUID. */
    public static byte[] toBytes(UUID u) {
        return ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
    }

    /** The UUID of 16 bytes. */
    public static UUID fromBytes(byte[] b) {
        if (b.length != 16) {
            throw new IllegalArgumentException("a UUID has 16 bytes");
        }
        ByteBuffer buf = ByteBuffer.wrap(b);
        return new UUID(buf.getLong(), buf.getLong());
    }
}
