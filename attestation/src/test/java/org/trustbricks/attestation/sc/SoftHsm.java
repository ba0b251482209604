package org.trustbricks.attestation.sc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A SoftHSM2 token for tests, created in a fresh temporary directory and deleted when the test JVM ends. SoftHSM
 * reads SOFTHSM2_CONF once per process, so one token serves the whole test run (the build sets the variable; this
 * class writes the file). Tests that need it are skipped when SoftHSM2 is not installed.
 */
public final class SoftHsm {

    static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    static final String PIN = "1234";

    private static Token token;

    public record Token(Path library, long slot, String label, Path dir) {
        public Pkcs11SecureComponent open() throws SecureComponentException {
            return Pkcs11SecureComponent.open(library, slot, PIN.toCharArray(), UUID.nameUUIDFromBytes(label.getBytes(StandardCharsets.UTF_8)));
        }

        String[] tool(String... args) {
            Stream<String> base = Stream.of("pkcs11-tool", "--module", library.toString(), "--slot", Long.toString(slot), "--login", "--pin", PIN);
            return Stream.concat(base, Stream.of(args)).toArray(String[]::new);
        }
    }

    private SoftHsm() {
    }

    /** The shared token; skips the calling test when SoftHSM2 is unavailable. */
    public static synchronized Token token() throws IOException, InterruptedException {
        String conf = System.getenv("SOFTHSM2_CONF");
        assumeTrue(Files.isReadable(LIBRARY), "SoftHSM2 is not installed (" + LIBRARY + ")");
        assumeTrue(onPath("softhsm2-util"), "softhsm2-util is not installed");
        assumeTrue(conf != null, "SOFTHSM2_CONF is not set for this JVM");
        if (token == null) {
            Path dir = Files.createTempDirectory("trustbricks-softhsm");
            Files.createDirectories(dir.resolve("tokens"));
            Files.createDirectories(Path.of(conf).getParent());
            Files.writeString(Path.of(conf), "directories.tokendir = " + dir.resolve("tokens") + "\nobjectstore.backend = file\nlog.level = ERROR\n");
            String label = "tb-" + Long.toHexString(System.nanoTime());
            String out = run(List.of("softhsm2-util", "--init-token", "--free", "--label", label, "--pin", PIN, "--so-pin", "5678"));
            Matcher m = Pattern.compile("reassigned to slot (\\d+)").matcher(out);
            assumeTrue(m.find(), "softhsm2-util did not create a token: " + out);
            token = new Token(LIBRARY, Long.parseLong(m.group(1)), label, dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        }
        return token;
    }

    public static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish");
        }
        return out;
    }

    public static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at JVM exit
        }
    }
}
