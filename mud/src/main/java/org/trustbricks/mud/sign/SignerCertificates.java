package org.trustbricks.mud.sign;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Generates MUD signing certificates (EC P-256): a manufacturer CA, its MUD signer, and device certificates that
 * carry the RFC 8520 {@code id-pe-mud-url} and {@code id-pe-mudsigner} extensions.
 */
public final class SignerCertificates {

    /** id-pe-mud-url (RFC 8520 section 10): the device's MUD URL, an IA5String. */
    public static final ASN1ObjectIdentifier MUD_URL = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.1.25");
    /** id-pe-mudsigner (RFC 8520 section 11): the subject Name of who may sign the device's MUD file. */
    public static final ASN1ObjectIdentifier MUD_SIGNER = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.1.30");

    private static final SecureRandom RANDOM = new SecureRandom();

    private SignerCertificates() {
    }

    /** New CA and signer for a manufacturer, valid from {@code notBefore} for {@code validity}. */
    public static ManufacturerCredentials generate(String manufacturer, Instant notBefore, Duration validity) {
        try {
            KeyPair ca = newKeyPair();
            KeyPair signer = newKeyPair();
            X500Name caName = name(manufacturer, manufacturer + " MUD CA");
            X500Name signerName = name(manufacturer, manufacturer + " MUD signer");
            Instant notAfter = notBefore.plus(validity);
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder caBuilder = new JcaX509v3CertificateBuilder(caName, serial(), Date.from(notBefore),
                    Date.from(notAfter), caName, ca.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(ca.getPublic()));
            X509Certificate caCert = sign(caBuilder, ca.getPrivate());
            X509v3CertificateBuilder signerBuilder = new JcaX509v3CertificateBuilder(caName, serial(), Date.from(notBefore),
                    Date.from(notAfter), signerName, signer.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(signer.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCert));
            return new ManufacturerCredentials(ca, caCert, signer, sign(signerBuilder, ca.getPrivate()));
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException | org.bouncycastle.cert.CertIOException e) {
            throw new IllegalStateException("EC P-256 certificate generation failed: " + e.getMessage(), e);
        }
    }

    /**
     * A MUD signer certificate from the manufacturer CA for a key held elsewhere (for example in a PKCS#11 token).
     */
    public static X509Certificate signerCertificate(ManufacturerCredentials creds, PublicKey signerKey, Instant notBefore,
            Duration validity) {
        try {
            X500Name issuer = X500Name.getInstance(creds.caCertificate().getSubjectX500Principal().getEncoded());
            X500Name subject = X500Name.getInstance(creds.signerCertificate().getSubjectX500Principal().getEncoded());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, serial(), Date.from(notBefore),
                    Date.from(notBefore.plus(validity)), subject, signerKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(signerKey))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(creds.caCertificate()));
            return sign(b, creds.caKeyPair().getPrivate());
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException | org.bouncycastle.cert.CertIOException e) {
            throw new IllegalStateException("signer certificate generation failed: " + e.getMessage(), e);
        }
    }

    /**
     * A device (IDevID-style) certificate issued by the manufacturer CA, carrying the MUD URL and the name of the MUD
     * signer (RFC 8520 sections 10 and 11, both non-critical).
     */
    public static X509Certificate deviceCertificate(ManufacturerCredentials creds, PublicKey deviceKey, String serialNumber,
            String mudUrl, Instant notBefore, Duration validity) {
        try {
            X500Name issuer = X500Name.getInstance(creds.caCertificate().getSubjectX500Principal().getEncoded());
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.SERIALNUMBER, serialNumber).build();
            X500Name signerName = X500Name.getInstance(creds.signerCertificate().getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, serial(), Date.from(notBefore),
                    Date.from(notBefore.plus(validity)), subject, deviceKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(MUD_URL, false, new DERIA5String(mudUrl, true))
                    .addExtension(MUD_SIGNER, false, signerName);
            return sign(b, creds.caKeyPair().getPrivate());
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException | org.bouncycastle.cert.CertIOException e) {
            throw new IllegalStateException("device certificate generation failed: " + e.getMessage(), e);
        }
    }

    /** A new EC P-256 key pair. */
    public static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return g.generateKeyPair();
    }

    private static X500Name name(String organization, String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, organization).addRDN(BCStyle.CN, commonName).build();
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey issuerKey)
            throws org.bouncycastle.operator.OperatorCreationException, java.security.cert.CertificateException {
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }
}
