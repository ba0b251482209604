package org.trustbricks.mud.sign;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs external tools (openssl, softhsm2-util) as independent oracles; tests skip when a tool is missing. */
final class Commands {

    record Result(int exit, String output) {
    }

    private Commands() {
    }

    static void require(String tool, String versionFlag) {
        boolean ok;
        try {
            ok = run(List.of(tool, versionFlag)).exit() == 0;
        } catch (IOException e) {
            ok = false;
        }
        assumeTrue(ok, tool + " is not installed");
    }

    static Result run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new Result(p.exitValue(), out);
    }
}
