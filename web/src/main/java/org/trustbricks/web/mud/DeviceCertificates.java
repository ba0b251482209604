package org.trustbricks.web.mud;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mud.sign.ManufacturerCredentials;
import org.trustbricks.mud.sign.Pem;
import org.trustbricks.mud.sign.SignerCertificates;
import org.trustbricks.registry.mud.Manufacturer;
import org.trustbricks.registry.mud.MudSigners;
import org.trustbricks.registry.mud.SignerRecord;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ErrorHandling;

/**
 * Issues device certificates from a generated manufacturer CA, carrying the model's MUD URL ({@code id-pe-mud-url})
 * and the name of the MUD signer ({@code id-pe-mudsigner}), so that a MUD manager learns both from the device.
 */
final class DeviceCertificates {

    /** Largest public-key PEM accepted. */
    static final int MAX_PEM = 16 * 1024;
    static final Duration VALIDITY = Duration.ofDays(10 * 365);

    private final MudSigners store;
    private final Clock clock;

    DeviceCertificates(MudSigners store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A PEM device certificate for {@code publicKeyPem}, or a 4xx naming what is wrong. */
    String issue(Manufacturer m, String mudUrl, String publicKeyPem, String serialNumber) {
        if (serialNumber == null || serialNumber.isBlank() || serialNumber.length() > 64) {
            throw ApiException.badRequest("give the device serial number (1-64 characters)", ErrorHandling.field("/serialNumber", "required"));
        }
        PublicKey deviceKey = publicKey(publicKeyPem);
        SignerRecord r = store.find(m.id()).orElseThrow(() -> ApiException.conflict(m.name() + " has no MUD signer yet"));
        byte[] caKey = store.caPrivateKey(m.id()).orElseThrow(() -> ApiException.conflict(
                "device certificates can be issued only from a CA the service generated; this signer was " + r.source().name().toLowerCase()));
        try {
            X509Certificate ca = Pem.certificates(r.trustAnchorPem().getBytes(StandardCharsets.US_ASCII)).get(0);
            X509Certificate signer = Pem.certificates(r.certificatePem().getBytes(StandardCharsets.US_ASCII)).get(0);
            PrivateKey caPrivate = KeyFactory.getInstance(ca.getPublicKey().getAlgorithm()).generatePrivate(new PKCS8EncodedKeySpec(caKey));
            var creds = new ManufacturerCredentials(new KeyPair(ca.getPublicKey(), caPrivate), ca, null, signer);
            X509Certificate device = SignerCertificates.deviceCertificate(creds, deviceKey, serialNumber.strip(), mudUrl,
                    clock.instant().minus(Duration.ofMinutes(5)), VALIDITY);
            return Pem.certificates(List.of(device));
        } catch (MalformedInputException | GeneralSecurityException e) {
            throw new IllegalStateException("the stored manufacturer CA cannot be used", e);
        }
    }

    static PublicKey publicKey(String pem) {
        if (pem == null || pem.isBlank() || pem.length() > MAX_PEM) {
            throw ApiException.badRequest("send the device's public key as PEM (at most " + MAX_PEM + " characters)",
                    ErrorHandling.field("/publicKeyPem", "required"));
        }
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            if (parser.readObject() instanceof SubjectPublicKeyInfo info) {
                return new JcaPEMKeyConverter().getPublicKey(info);
            }
        } catch (Exception e) {
            throw ApiException.unprocessable("the public key cannot be read: " + firstLine(e), ErrorHandling.field("/publicKeyPem", "unreadable"));
        }
        throw ApiException.unprocessable("the PEM text holds no public key (\"BEGIN PUBLIC KEY\")", ErrorHandling.field("/publicKeyPem", "no public key"));
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
