package org.trustbricks.cli.tps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustbricks.attestation.Tps;
import org.trustbricks.attestation.device.SimulatedDevice;
import org.trustbricks.attestation.sc.SecureComponentException;

/**
 * The demo's simulated device: on a fresh SoftHSM2 token when SoftHSM2 is installed and usable (the token is deleted
 * afterwards), else on the in-process software component, which offers no hardware protection.
 */
final class DemoDevice implements AutoCloseable {

    static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");

    private final SimulatedDevice device;
    private final String label;
    private final String why;

    private DemoDevice(SimulatedDevice device, String label, String why) {
        this.device = device;
        this.label = label;
        this.why = why;
    }

    /** A device on SoftHSM2 when possible (unless {@code software}), else on the software component. */
    static DemoDevice open(boolean software) throws SecureComponentException {
        if (software) {
            return new DemoDevice(Tps.softwareDevice("1.0.0"), null, "the software component was requested");
        }
        String unusable = softHsmUnusable();
        if (unusable == null) {
            String label = "tb-demo-" + HexFormat.of().formatHex(random(4));
            String pin = HexFormat.of().formatHex(random(8));
            try {
                String out = run("softhsm2-util", "--init-token", "--free", "--label", label, "--pin", pin, "--so-pin",
                        HexFormat.of().formatHex(random(8)));
                Matcher m = Pattern.compile("reassigned to slot (\\d+)").matcher(out);
                if (m.find()) {
                    try {
                        return new DemoDevice(Tps.pkcs11Device(LIBRARY, Long.parseLong(m.group(1)), pin.toCharArray(),
                                UUID.nameUUIDFromBytes(label.getBytes(StandardCharsets.UTF_8)), "1.0.0"), label, null);
                    } catch (SecureComponentException | RuntimeException e) {
                        deleteToken(label);
                        unusable = "the SoftHSM2 token could not be used (" + e.getMessage() + ")";
                    }
                } else {
                    unusable = "softhsm2-util could not create a token: " + out.strip();
                }
            } catch (IOException e) {
                unusable = "softhsm2-util failed: " + e.getMessage();
            }
        }
        return new DemoDevice(Tps.softwareDevice("1.0.0"), null, unusable);
    }

    private static String softHsmUnusable() {
        if (!Files.isReadable(LIBRARY)) {
            return "SoftHSM2 is not installed (" + LIBRARY + " is missing; on Debian: apt-get install softhsm2)";
        }
        String path = System.getenv().getOrDefault("PATH", "");
        if (List.of(path.split(java.io.File.pathSeparator)).stream().noneMatch(d -> Files.isExecutable(Path.of(d, "softhsm2-util")))) {
            return "softhsm2-util is not on the PATH";
        }
        String conf = System.getenv().getOrDefault("SOFTHSM2_CONF", "/etc/softhsm/softhsm2.conf");
        if (!Files.isReadable(Path.of(conf))) {
            return "the SoftHSM2 configuration " + conf + " cannot be read (set SOFTHSM2_CONF)";
        }
        return null;
    }

    /** The device. */
    SimulatedDevice device() {
        return device;
    }

    /** Why the software component is used, or null when the device is on SoftHSM2. */
    String fallbackReason() {
        return why;
    }

    /** The SoftHSM2 token label, or null. */
    String tokenLabel() {
        return label;
    }

    @Override
    public void close() {
        device.close();
        if (label != null) {
            deleteToken(label);
        }
    }

    private static void deleteToken(String label) {
        try {
            run("softhsm2-util", "--delete-token", "--token", label);
        } catch (IOException e) {
            // the token stays behind; nothing else depends on it
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static String run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command[0] + " did not finish");
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command[0] + " was interrupted");
        }
    }
}
