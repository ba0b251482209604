package org.trustbricks.web.mud;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.sign.ManufacturerCredentials;
import org.trustbricks.mud.sign.Pem;
import org.trustbricks.mud.sign.SigningKey;
import org.trustbricks.mud.sign.UnableToSignException;
import org.trustbricks.mud.sign.VerificationResult;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.mud.Manufacturer;
import org.trustbricks.registry.mud.MudSigners;
import org.trustbricks.registry.mud.SignerRecord;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ErrorHandling;

/** Sets up manufacturers' MUD signers (generated, uploaded or in the PKCS#11 token) and loads their signing keys. */
final class Signers {

    /** Validity of generated CA and signer certificates. */
    static final Duration GENERATED_VALIDITY = Duration.ofDays(3 * 365);
    private static final byte[] PROBE = "TrustBricks MUD signer check".getBytes(StandardCharsets.US_ASCII);

    private final Supplier<Mud> mud;
    private final MudSigners store;
    private final Pkcs11Token token;

    Signers(Supplier<Mud> mud, MudSigners store, Pkcs11Token token) {
        this.mud = mud;
        this.store = store;
        this.token = token;
    }

    Optional<SignerRecord> find(Manufacturer m) {
        return store.find(m.id());
    }

    /** Generates a manufacturer CA and MUD signer; the CA certificate becomes the trust anchor. */
    SignerRecord generate(Manufacturer m, User actor) {
        ManufacturerCredentials c = mud.get().newManufacturerCredentials(m.name(), GENERATED_VALIDITY);
        return store.store(m, SignerRecord.Source.GENERATED, c.signerCertificatePem(), c.caCertificatePem(), c.caCertificatePem(),
                c.signerKeyPair().getPrivate().getEncoded(), c.caKeyPair().getPrivate().getEncoded(), null, actor.email());
    }

    /** Stores an uploaded certificate and key after checking that they match and chain to the trust anchor. */
    SignerRecord upload(Manufacturer m, User actor, String certificatePem, String keyPem, String keyPassword,
                        String chainPem, String trustAnchorPem) {
        if (blank(certificatePem) || blank(keyPem)) {
            throw ApiException.badRequest("send the signer certificate and its private key, both in PEM",
                    ErrorHandling.field(blank(certificatePem) ? "certificatePem" : "keyPem", "required"));
        }
        SigningKey key;
        try {
            key = SigningKey.fromPem(bytes(keyPem), blank(keyPassword) ? null : keyPassword.toCharArray(), bytes(certificatePem),
                    blank(chainPem) ? null : bytes(chainPem));
        } catch (MalformedInputException e) {
            throw ApiException.unprocessable("the certificate or key cannot be read: " + e.getMessage(), List.of());
        }
        String anchor = blank(trustAnchorPem) ? pem(key.chain().isEmpty() ? key.certificate() : key.chain().get(key.chain().size() - 1))
                : trustAnchorPem;
        check(key, anchor);
        return store.store(m, SignerRecord.Source.UPLOADED, pem(key.certificate()), pem(key.chain()), anchor,
                key.key().getEncoded(), null, null, actor.email());
    }

    /** Uses a key of the platform's PKCS#11 token, found by alias with its certificate chain. */
    SignerRecord pkcs11(Manufacturer m, User actor, String alias, String trustAnchorPem) {
        if (blank(alias)) {
            throw ApiException.badRequest("name the key's alias in the token", ErrorHandling.field("alias", "required"));
        }
        SigningKey key;
        try {
            key = token.key(alias);
        } catch (UnableToSignException e) {
            throw ApiException.unprocessable(e.getMessage(), List.of());
        }
        String anchor = blank(trustAnchorPem) ? pem(key.chain().isEmpty() ? key.certificate() : key.chain().get(key.chain().size() - 1))
                : trustAnchorPem;
        check(key, anchor);
        return store.store(m, SignerRecord.Source.PKCS11, pem(key.certificate()), pem(key.chain()), anchor, null, null,
                alias, actor.email());
    }

    /** The key that signs the manufacturer's files, or empty when no signer is set. */
    Optional<SigningKey> signingKey(Manufacturer m) throws UnableToSignException {
        Optional<SignerRecord> r = store.find(m.id());
        if (r.isEmpty()) {
            return Optional.empty();
        }
        if (r.get().source() == SignerRecord.Source.PKCS11) {
            return Optional.of(token.key(r.get().pkcs11Alias()));
        }
        try {
            X509Certificate cert = Pem.certificates(bytes(r.get().certificatePem())).get(0);
            List<X509Certificate> chain = blank(r.get().chainPem()) ? List.of() : Pem.certificates(bytes(r.get().chainPem()));
            byte[] pkcs8 = store.privateKey(m.id()).orElseThrow(() -> UnableToSignException.because("the signer's key is missing"));
            PrivateKey key = KeyFactory.getInstance(cert.getPublicKey().getAlgorithm()).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return Optional.of(new SigningKey(key, cert, chain, null));
        } catch (MalformedInputException | GeneralSecurityException e) {
            throw UnableToSignException.because("the stored signer cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** The trust anchors of a signer. */
    static List<X509Certificate> anchors(SignerRecord r) {
        try {
            return Pem.certificates(bytes(r.trustAnchorPem()));
        } catch (MalformedInputException e) {
            return List.of();
        }
    }

    private void check(SigningKey key, String anchorPem) {
        List<X509Certificate> anchors;
        try {
            anchors = Pem.certificates(bytes(anchorPem));
        } catch (MalformedInputException e) {
            throw ApiException.unprocessable("the trust anchor cannot be read: " + e.getMessage(), List.of());
        }
        byte[] probe;
        try {
            probe = mud.get().sign(PROBE, key);
        } catch (UnableToSignException e) {
            throw ApiException.unprocessable(e.getMessage(), List.of());
        }
        VerificationResult r = mud.get().verify(PROBE, probe, anchors, null);
        if (!r.valid()) {
            throw ApiException.unprocessable("the signer cannot be used: " + r.message(), List.of());
        }
    }

    private static String pem(X509Certificate c) {
        return Pem.certificates(List.of(c));
    }

    private static String pem(List<X509Certificate> chain) {
        return chain.isEmpty() ? "" : Pem.certificates(new ArrayList<>(chain));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
