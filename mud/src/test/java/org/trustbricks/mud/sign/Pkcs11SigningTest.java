package org.trustbricks.mud.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.mud.sign.VerificationResult.Status;

/**
 * Signing with a key that never leaves a PKCS#11 token (SoftHSM2, created before and removed after the tests: the
 * library sees only the tokens present when it is first initialised in the JVM).
 */
class Pkcs11SigningTest {

    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final char[] PIN = "246810".toCharArray();
    private static final byte[] MUD = "{\"ietf-mud:mud\":{}}\n".getBytes(StandardCharsets.UTF_8);

    private static String label;
    private static String config;

    @TempDir
    Path tmp;

    @BeforeAll
    static void createToken() throws Exception {
        Commands.require("softhsm2-util", "--version");
        assumeTrue(Files.exists(LIBRARY), "libsofthsm2.so is not installed");
        label = "trustbricks-mud-" + UUID.randomUUID().toString().substring(0, 8);
        Commands.Result r = Commands.run(List.of("softhsm2-util", "--init-token", "--free", "--label", label,
                "--pin", new String(PIN), "--so-pin", "135791"));
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(r.output());
        assumeTrue(r.exit() == 0 && slot.find(), "SoftHSM2 could not create a token: " + r.output());
        config = "name = " + label.replace('-', '_') + "\nlibrary = " + LIBRARY + "\nslot = " + slot.group(1) + "\n";
    }

    @AfterAll
    static void removeToken() throws Exception {
        if (label != null) {
            Commands.run(List.of("softhsm2-util", "--delete-token", "--token", label));
        }
    }

    @Test
    void a_key_generated_in_the_token_signs_a_mud_file_that_openssl_and_we_verify() throws Exception {
        ManufacturerCredentials ca = SignerCertificates.generate("Token Devices", Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(30));
        Provider p11 = SigningKey.pkcs11Provider(config);
        KeyStore store = KeyStore.getInstance("PKCS11", p11);
        store.load(null, PIN);
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", p11);
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair kp = g.generateKeyPair();
        X509Certificate cert = SignerCertificates.signerCertificate(ca, kp.getPublic(), Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(30));
        store.setKeyEntry("mud-signer", kp.getPrivate(), null, new Certificate[] {cert, ca.caCertificate()});

        SigningKey key = SigningKey.fromPkcs11(config, PIN, "mud-signer");
        assertThat(key.provider()).isNotNull();
        assertThat(key.key().getEncoded()).isNull();
        byte[] sig = MudSigner.sign(MUD, key);

        assertThat(MudVerifier.verify(MUD, sig, List.of(ca.caCertificate()), null).status()).isEqualTo(Status.VALID);
        Commands.require("openssl", "version");
        Path content = Files.write(tmp.resolve("t.json"), MUD);
        Path p7s = Files.write(tmp.resolve("t.p7s"), sig);
        Path anchor = Files.writeString(tmp.resolve("ca.pem"), ca.caCertificatePem());
        Commands.Result r = Commands.run(List.of("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", p7s.toString(),
                "-content", content.toString(), "-CAfile", anchor.toString(), "-purpose", "any", "-out", "/dev/null"));
        assertThat(r.exit()).as(r.output()).isZero();
    }

    @Test
    void an_unknown_alias_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> SigningKey.fromPkcs11(config, PIN, "absent"))
                .isInstanceOf(UnableToSignException.class).hasMessageContaining("no private key with alias \"absent\"");
    }
}
