package org.trustbricks.attestation.cose;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;

/** The NIST curves used by the ES* algorithms, backed by Bouncy Castle's optimised curve implementations. */
public enum EcCurve {
    /** secp256r1. */
    P256("secp256r1", 32),
    /** secp384r1. */
    P384("secp384r1", 48),
    /** secp521r1. */
    P521("secp521r1", 66);

    private final String name;
    private final int fieldBytes;
    private final ECDomainParameters domain;

    EcCurve(String name, int fieldBytes) {
        this.name = name;
        this.fieldBytes = fieldBytes;
        X9ECParameters x9 = CustomNamedCurves.getByName(name);
        this.domain = new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH(), x9.getSeed());
    }

    /** The SEC name of the curve. */
    public String secName() {
        return name;
    }

    /** Bytes in one coordinate or one signature half. */
    public int fieldBytes() {
        return fieldBytes;
    }

    /** The curve's object identifier. */
    public org.bouncycastle.asn1.ASN1ObjectIdentifier oid() {
        return switch (this) {
            case P256 -> org.bouncycastle.asn1.sec.SECObjectIdentifiers.secp256r1;
            case P384 -> org.bouncycastle.asn1.sec.SECObjectIdentifiers.secp384r1;
            case P521 -> org.bouncycastle.asn1.sec.SECObjectIdentifiers.secp521r1;
        };
    }

    /** Bouncy Castle domain parameters. */
    public ECDomainParameters domain() {
        return domain;
    }

    /** A fresh digest of the hash paired with this curve in COSE. */
    Digest newDigest() {
        return switch (this) {
            case P256 -> new SHA256Digest();
            case P384 -> new SHA384Digest();
            case P521 -> new SHA512Digest();
        };
    }

    /** The curve with this SEC name, or null. */
    static EcCurve bySecName(String secName) {
        for (EcCurve c : values()) {
            if (c.name.equals(secName)) {
                return c;
            }
        }
        return null;
    }
}
