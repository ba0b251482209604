package org.trustbricks.attestation.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustbricks.attestation.Verifier;
import org.trustbricks.attestation.appraisal.AttestationResult;
import org.trustbricks.attestation.appraisal.Endorsements;
import org.trustbricks.attestation.appraisal.InMemoryNonceStore;
import org.trustbricks.attestation.appraisal.NonceValidator;
import org.trustbricks.attestation.appraisal.PlatformCertificateStatus;
import org.trustbricks.attestation.appraisal.Verdict;
import org.trustbricks.attestation.cose.CoseAlgorithm;
import org.trustbricks.attestation.cose.Ecdsa;
import org.trustbricks.attestation.cose.SoftwareCoseSigner;
import org.trustbricks.attestation.device.SimulatedDevice;
import org.trustbricks.attestation.sc.SoftwareSecureComponent;
import org.trustbricks.attestation.services.ObjectStore;

/**
 * Single-thread throughput of PSA appraisal against OpenSSL's ECDSA P-256 verify rate, measured in the same run, both
 * per second of user CPU time (openssl speed's default divisor), so that other load on the shared machine does not
 * distort the ratio.
 * OpenSSL and the appraisal are measured alternately for several rounds (the machine is shared; the best of each is
 * compared). Run with bench/attestation/run.sh. Arguments: seconds per measurement (default 3), rounds (default 3).
 */
public final class AppraisalBenchmark {

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private AppraisalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;

        SimulatedDevice device = SimulatedDevice.create(SoftwareSecureComponent.create(java.util.UUID.randomUUID()),
                SimulatedDevice.exampleProfile("1.0.0"), ObjectStore.inMemory());
        SoftwareCoseSigner earKey = SoftwareCoseSigner.generate(CoseAlgorithm.ES256);
        Verifier verifier = Verifier.create(Endorsements.of("bench", List.of(device.endorsement(null))), PlatformCertificateStatus.none(),
                earKey, Clock.systemUTC());
        List<byte[]> tokens = new ArrayList<>();
        for (int i = 0; i < 1024; i++) {
            byte[] nonce = new byte[32];
            nonce[0] = (byte) i;
            nonce[1] = (byte) (i >> 8);
            tokens.add(device.attest(nonce));
        }
        if (verifier.appraise(tokens.get(0)).verdict() != Verdict.ADMITTED) {
            throw new IllegalStateException("the benchmark token is not admitted");
        }
        int[] i = {0};
        double openssl = 0;
        double appraise = 0;
        for (int round = 1; round <= rounds; round++) {
            double o = opensslVerifyRate(seconds);
            System.out.printf("round %d: openssl speed -seconds %d ecdsap256 verify/s: %.0f%n", round, seconds, o);
            double a = rate("round " + round + ": appraisal (decode + verify + claims + appraisal), nonce not checked", seconds, () -> {
                AttestationResult r = verifier.appraise(tokens.get(i[0]++ & 1023));
                return r.verdict() == Verdict.ADMITTED ? 1 : 0;
            });
            System.out.printf("round %d: ratio %.1f%%%n", round, 100 * a / o);
            openssl = Math.max(openssl, o);
            appraise = Math.max(appraise, a);
        }
        double withEar = rate("appraisal + EAR JWT signing (ES256)", seconds, () -> {
            String jwt = verifier.signedEar(verifier.appraise(tokens.get(i[0]++ & 1023)));
            return jwt.length() > 0 ? 1 : 0;
        });
        double withNonces = nonceStoreRate(device, verifier, seconds);

        byte[] msg = "benchmark message".getBytes(StandardCharsets.UTF_8);
        byte[] sig = earKey.sign(msg);
        double ours = rate("ECDSA P-256 verify alone, P256Verifier with the key's cached table (Ecdsa.verify)", seconds,
                () -> Ecdsa.verify(earKey.publicKey(), msg, sig) ? 1 : 0);
        double bc = bouncyCastleVerifyRate(seconds, earKey, msg, sig);
        double jdk = jdkVerifyRate(seconds, msg);
        double sign = rate("ECDSA P-256 sign, Bouncy Castle ECDSASigner (Ecdsa.sign, the EAR signature)", seconds,
                () -> earKey.sign(msg).length == 64 ? 1 : 0);

        System.out.printf("%nbest of %d rounds: appraisal %.0f/s, openssl verify %.0f/s%n", rounds, appraise, openssl);
        System.out.printf("ratio appraisal / openssl verify (best of each): %.1f%%%n", 100 * appraise / openssl);
        System.out.printf("ratio appraisal with single-use nonces / openssl verify: %.1f%%%n", 100 * withNonces / openssl);
        System.out.printf("ratio appraisal + EAR signing / openssl verify: %.1f%%%n", 100 * withEar / openssl);
        System.out.printf("ratio P256Verifier / openssl: %.1f%%; Bouncy Castle verify / openssl: %.1f%%; JDK SunEC verify / openssl: %.1f%%%n",
                100 * ours / openssl, 100 * bc / openssl, 100 * jdk / openssl);
        System.out.printf("signing (EAR, Bouncy Castle): %.0f/s%n", sign);
    }

    private static double nonceStoreRate(SimulatedDevice device, Verifier verifier, int seconds) throws Exception {
        InMemoryNonceStore store = InMemoryNonceStore.create(Clock.systemUTC(), Duration.ofHours(1), 1_000_000);
        int n = 20_000 * seconds;
        List<byte[]> fresh = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            fresh.add(device.attest(store.issue(32)));
        }
        int[] k = {0};
        NonceValidator nonces = store;
        return rate("appraisal with single-use nonces from the in-memory store", seconds, () -> {
            if (k[0] >= fresh.size()) {
                return -1;
            }
            return verifier.appraise(fresh.get(k[0]++), nonces).verdict() == Verdict.ADMITTED ? 1 : 0;
        });
    }

    private static double bouncyCastleVerifyRate(int seconds, SoftwareCoseSigner key, byte[] msg, byte[] sig) throws Exception {
        org.bouncycastle.crypto.params.ECPublicKeyParameters params = (org.bouncycastle.crypto.params.ECPublicKeyParameters)
                org.bouncycastle.crypto.util.PublicKeyFactory.createKey(key.publicKey().spki());
        java.math.BigInteger r = new java.math.BigInteger(1, sig, 0, 32);
        java.math.BigInteger s = new java.math.BigInteger(1, sig, 32, 32);
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(msg);
        org.bouncycastle.crypto.params.ECPublicKeyParameters cached = new org.bouncycastle.crypto.params.ECPublicKeyParameters(
                CoseAlgorithm.ES256.curve().domain().getCurve().decodePoint(params.getQ().getEncoded(false)), CoseAlgorithm.ES256.curve().domain());
        return rate("ECDSA P-256 verify alone, Bouncy Castle ECDSASigner on a cached key point (the previous verifier)", seconds, () -> {
            org.bouncycastle.crypto.signers.ECDSASigner v = new org.bouncycastle.crypto.signers.ECDSASigner();
            v.init(false, cached);
            return v.verifySignature(hash, r, s) ? 1 : 0;
        });
    }

    private static double jdkVerifyRate(int seconds, byte[] msg) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", "SunEC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair kp = g.generateKeyPair();
        Signature s = Signature.getInstance("SHA256withECDSAinP1363Format", "SunEC");
        s.initSign(kp.getPrivate());
        s.update(msg);
        byte[] sig = s.sign();
        Signature v = Signature.getInstance("SHA256withECDSAinP1363Format", "SunEC");
        return rate("JDK SunEC ECDSA P-256 verify (cached Signature)", seconds, () -> {
            try {
                v.initVerify(kp.getPublic());
                v.update(msg);
                return v.verify(sig) ? 1 : 0;
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Warms up, then counts successful operations per second of this thread's user CPU time, which is what
     * {@code openssl speed} divides by unless given {@code -elapsed}; the wall-clock rate is printed beside it.
     */
    private static double rate(String name, int seconds, IntSupplier op) {
        run(seconds, op);
        long[] c = run(seconds, op);
        double perCpuSecond = c[0] / (c[1] / 1e9);
        System.out.printf("%-88s %8.0f ops/cpu-s %8.0f ops/wall-s (%d ops)%n", name, perCpuSecond, c[0] / (c[2] / 1e9), c[0]);
        return perCpuSecond;
    }

    /** Runs until the thread used {@code seconds} of user CPU time (or five times that of wall time). */
    private static long[] run(int seconds, IntSupplier op) {
        long cpu0 = THREADS.getCurrentThreadUserTime();
        long wall0 = System.nanoTime();
        long budget = seconds * 1_000_000_000L;
        long ok = 0;
        while (true) {
            int r = op.getAsInt();
            if (r < 0) {
                break;
            }
            if (r == 0) {
                throw new IllegalStateException("an operation failed during the benchmark");
            }
            ok++;
            if ((ok & 63) == 0 && (THREADS.getCurrentThreadUserTime() - cpu0 >= budget || System.nanoTime() - wall0 >= 5 * budget)) {
                break;
            }
        }
        return new long[] {ok, THREADS.getCurrentThreadUserTime() - cpu0, System.nanoTime() - wall0};
    }

    private static double opensslVerifyRate(int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("openssl", "speed", "-seconds", Integer.toString(seconds), "ecdsap256").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("nistp256\\)\\s+\\S+\\s+\\S+\\s+([0-9.]+)\\s+([0-9.]+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("could not read openssl speed output:\n" + out);
        }
        return Double.parseDouble(m.group(2));
    }
}
