package org.trustbricks.cli.tps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustbricks.attestation.device.SimulatedDevice;
import org.trustbricks.attestation.sc.Pkcs11SecureComponent;
import org.trustbricks.attestation.sc.SecureComponentException;
import org.trustbricks.attestation.sc.SoftwareSecureComponent;
import org.trustbricks.attestation.services.DeviceProfile;
import org.trustbricks.attestation.services.ObjectStore;

/**
 * The demo's simulated device: on a fresh SoftHSM2 token when SoftHSM2 is installed and usable (the token is deleted
 * afterwards), else on the in-process software component, which offers no hardware protection.
 */
public final class DemoDevice implements AutoCloseable {

    /** Where Debian installs the SoftHSM2 PKCS#11 library. */
    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");

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
        return open(software, SimulatedDevice.exampleProfile("1.0.0"));
    }

    /** A device reporting {@code profile}, on SoftHSM2 when possible (unless {@code software}), else in software. */
    public static DemoDevice open(boolean software, DeviceProfile profile) throws SecureComponentException {
        return openAll(software, List.of(profile)).getFirst();
    }

    /**
     * One device per profile, each on its own SoftHSM2 token when possible (unless {@code software}), else in software.
     * Every token is created before the first is opened: SoftHSM2 sees only the tokens that exist when a process first
     * loads it.
     */
    public static List<DemoDevice> openAll(boolean software, List<DeviceProfile> profiles) throws SecureComponentException {
        List<DemoDevice> out = new ArrayList<>();
        String unusable = software ? "the software component was requested" : softHsmUnusable();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            tokens.add(unusable == null ? createToken() : Token.failed(unusable));
        }
        try {
            for (int i = 0; i < profiles.size(); i++) {
                out.add(open(profiles.get(i), tokens.get(i)));
            }
        } catch (SecureComponentException | RuntimeException e) {
            out.forEach(DemoDevice::close);
            throw e;
        }
        return out;
    }

    /** A token created for a device, or why none could be. */
    private record Token(String label, String pin, long slot, String failure) {
        static Token failed(String why) {
            return new Token(null, null, -1, why);
        }
    }

    private static Token createToken() {
        String label = "tb-demo-" + HexFormat.of().formatHex(random(4));
        String pin = HexFormat.of().formatHex(random(8));
        try {
            String out = run("softhsm2-util", "--init-token", "--free", "--label", label, "--pin", pin, "--so-pin",
                    HexFormat.of().formatHex(random(8)));
            Matcher m = Pattern.compile("reassigned to slot (\\d+)").matcher(out);
            return m.find() ? new Token(label, pin, Long.parseLong(m.group(1)), null)
                    : Token.failed("softhsm2-util could not create a token: " + out.strip());
        } catch (IOException e) {
            return Token.failed("softhsm2-util failed: " + e.getMessage());
        }
    }

    private static DemoDevice open(DeviceProfile profile, Token token) throws SecureComponentException {
        String unusable = token.failure();
        if (unusable == null) {
            try {
                return new DemoDevice(SimulatedDevice.create(Pkcs11SecureComponent.open(LIBRARY, token.slot(),
                        token.pin().toCharArray(), UUID.nameUUIDFromBytes(token.label().getBytes(StandardCharsets.UTF_8))), profile,
                        ObjectStore.inMemory()), token.label(), null);
            } catch (SecureComponentException | RuntimeException e) {
                deleteToken(token.label());
                unusable = "the SoftHSM2 token could not be used (" + e.getMessage() + ")";
            }
        }
        return new DemoDevice(softwareDevice(profile), null, unusable);
    }

    private static SimulatedDevice softwareDevice(DeviceProfile profile) throws SecureComponentException {
        return SimulatedDevice.create(SoftwareSecureComponent.create(UUID.randomUUID()), profile, ObjectStore.inMemory());
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
    public SimulatedDevice device() {
        return device;
    }

    /** Why the software component is used, or null when the device is on SoftHSM2. */
    public String fallbackReason() {
        return why;
    }

    /** The SoftHSM2 token label, or null. */
    public String tokenLabel() {
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
