package org.trustbricks.attestation.cose.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustbricks.attestation.cose.EcPublicKey;

/** Signatures made by the openssl command (a separate process, its own P-256 code) verify here; tampered ones do not. */
class P256OpensslInteropTest {

    @TempDir
    Path dir;

    private String openssl(String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "openssl";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static boolean opensslAvailable() {
        try {
            return new ProcessBuilder("openssl", "version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void signatures_made_by_openssl_verify_and_tampered_ones_do_not() throws Exception {
        Assumptions.assumeTrue(opensslAvailable(), "openssl is not installed");
        for (int key = 0; key < 3; key++) {
            openssl("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "key.pem");
            openssl("ec", "-in", "key.pem", "-pubout", "-out", "pub.pem");
            EcPublicKey pub = EcPublicKey.fromPem(Files.readString(dir.resolve("pub.pem")));
            P256PublicKey k = P256PublicKey.of(new BigInteger(1, pub.sec1(), 1, 32), new BigInteger(1, pub.sec1(), 33, 32));
            for (int m = 0; m < 10; m++) {
                byte[] message = ("message " + key + "/" + m + " signed by openssl").getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve("msg"), message);
                openssl("dgst", "-sha256", "-sign", "key.pem", "-out", "sig.der", "msg");
                ASN1Sequence der = ASN1Sequence.getInstance(Files.readAllBytes(dir.resolve("sig.der")));
                byte[] sig = P256VerifierTest.sig(ASN1Integer.getInstance(der.getObjectAt(0)).getValue(),
                        ASN1Integer.getInstance(der.getObjectAt(1)).getValue());
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(message);
                assertThat(P256Verifier.verify(k, hash, sig)).isTrue();
                byte[] tampered = sig.clone();
                tampered[m * 6] ^= 0x20;
                assertThat(P256Verifier.verify(k, hash, tampered)).isFalse();
                hash[31] ^= 1;
                assertThat(P256Verifier.verify(k, hash, sig)).isFalse();
            }
        }
    }
}
