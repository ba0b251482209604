package org.trustbricks.attestation.cose;

import java.util.Optional;

/** The COSE algorithms (IANA COSE registry) a PSA token may be protected with; anything else is refused. */
public enum CoseAlgorithm {
    /** ECDSA on P-256 with SHA-256. */
    ES256(-7, EcCurve.P256, true),
    /** ECDSA on P-384 with SHA-384. */
    ES384(-35, EcCurve.P384, true),
    /** ECDSA on P-521 with SHA-512. */
    ES512(-36, EcCurve.P521, true),
    /** HMAC with SHA-256, 256-bit tag. */
    HS256(5, null, false),
    /** HMAC with SHA-384, 384-bit tag. */
    HS384(6, null, false),
    /** HMAC with SHA-512, 512-bit tag. */
    HS512(7, null, false);

    private final int id;
    private final EcCurve curve;
    private final boolean signature;

    CoseAlgorithm(int id, EcCurve curve, boolean signature) {
        this.id = id;
        this.curve = curve;
        this.signature = signature;
    }

    /** The COSE algorithm identifier. */
    public int id() {
        return id;
    }

    /** The curve of a signature algorithm; null for MAC algorithms. */
    public EcCurve curve() {
        return curve;
    }

    /** True for a public-key signature algorithm, false for a MAC. */
    public boolean isSignature() {
        return signature;
    }

    /** The JCA name of the HMAC of a MAC algorithm. */
    String hmacName() {
        return switch (this) {
            case HS256 -> "HmacSHA256";
            case HS384 -> "HmacSHA384";
            case HS512 -> "HmacSHA512";
            default -> throw new IllegalStateException(name() + " is not a MAC algorithm");
        };
    }

    /** The algorithm with this identifier, if supported. */
    public static Optional<CoseAlgorithm> byId(long id) {
        for (CoseAlgorithm a : values()) {
            if (a.id == id) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
