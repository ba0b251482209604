package org.trustbricks.mudmanager;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.trustbricks.common.testing.SharedCorpus;

/** The real yanglint and nft as independent oracles; tests skip when they are missing or cannot run. */
public final class Oracles {

    /** Exit code and combined output of a tool. */
    public record Result(int exit, String output) {
    }

    private Oracles() {
    }

    static boolean onPath(String tool) {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS), command.get(0) + " did not finish");
        return new Result(p.exitValue(), out);
    }

    /** Validates MUD JSON files with yanglint against the RFC YANG modules in ../shared/yang. */
    public static Result yanglint(Path... files) throws IOException, InterruptedException {
        assumeTrue(onPath("yanglint"), "yanglint is not installed");
        Path yang = SharedCorpus.require("yang");
        List<String> cmd = new ArrayList<>(List.of("yanglint", "-p", yang.toString(),
                yang.resolve("ietf-mud@2019-01-28.yang").toString(), yang.resolve("ietf-acldns@2019-01-28.yang").toString()));
        for (Path f : files) {
            cmd.add(f.toString());
        }
        return run(cmd);
    }

    /** Checks an nftables ruleset with {@code nft -c -f}; skips when nft is missing or lacks the privileges to check. */
    public static Result nftCheck(Path ruleset) throws IOException, InterruptedException {
        String nft = Files.isExecutable(Path.of("/usr/sbin/nft")) ? "/usr/sbin/nft" : "nft";
        assumeTrue(onPath("nft"), "nft is not installed");
        Result probe = run(List.of(nft, "-c", "-f", "/dev/null"));
        assumeTrue(probe.exit() == 0, "nft cannot run here: " + probe.output());
        return run(List.of(nft, "-c", "-f", ruleset.toString()));
    }
}
