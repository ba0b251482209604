package org.trustbricks.mud;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.trustbricks.mud.internal.YangModules;

/** The libyang command-line validator, used as an independent oracle. Tests skip when it is not installed. */
final class Yanglint {

    /** What yanglint said about one file. */
    record Verdict(boolean valid, String output) {
    }

    private static Path modules;

    private Yanglint() {
    }

    /** Skips the calling test when yanglint is not installed. */
    static void require() {
        assumeTrue(available(), "yanglint is not installed");
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("yanglint", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The YANG modules of the product, written once to a temporary folder for yanglint. */
    static synchronized Path modules() throws IOException {
        if (modules == null) {
            Path dir = Files.createTempDirectory("mud-yang");
            List<String> all = new ArrayList<>(YangModules.BASE);
            all.addAll(YangModules.EXTENSIONS);
            for (String r : all) {
                try (InputStream in = Yanglint.class.getClassLoader().getResourceAsStream(r)) {
                    Files.write(dir.resolve(r.substring(r.lastIndexOf('/') + 1)), in.readAllBytes());
                }
            }
            dir.toFile().deleteOnExit();
            modules = dir;
        }
        return modules;
    }

    /** Validates one file the way the corpus verdicts were made (extension modules added when their names appear). */
    static Verdict validate(Path file) throws IOException, InterruptedException {
        Path dir = modules();
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        List<String> cmd = new ArrayList<>(List.of("yanglint", "-p", dir.toString(),
                dir.resolve("ietf-mud@2019-01-28.yang").toString(), dir.resolve("ietf-acldns@2019-01-28.yang").toString()));
        if (text.contains("\"ietf-mud-transparency:")) {
            cmd.add(dir.resolve("ietf-mud-transparency@2023-10-10.yang").toString());
        }
        if (text.contains("\"ietf-mud-tls:") || text.contains("\"ietf-acl-tls:")) {
            cmd.add(dir.resolve("ietf-mud-tls@2025-04-18.yang").toString());
            cmd.add(dir.resolve("ietf-acl-tls@2025-04-18.yang").toString());
        }
        cmd.add(file.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("yanglint did not finish on " + file);
        }
        return new Verdict(p.exitValue() == 0 && out.isBlank(), out.strip());
    }

    /** Validates bytes by writing them to a temporary file. */
    static Verdict validate(byte[] json) throws IOException, InterruptedException {
        Path f = Files.createTempFile("mud", ".json");
        try {
            Files.write(f, json);
            return validate(f);
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
