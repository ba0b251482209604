package org.trustbricks.cli.mud;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.repair.RepairChange;
import org.trustbricks.mud.repair.RepairResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks mud repair FILE}: converts a legacy (pre-RFC) MUD file into RFC 8520. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Convert a legacy (pre-RFC 8520) MUD file mechanically, listing every change. Exit 0 when the result is valid.")
public final class MudRepairCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The legacy MUD file.")
    Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the repaired file here (default: standard output).")
    Path outFile;

    @Option(names = "--json", description = "Print the whole result (changes, refusals, report, repaired file) as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Output out = Output.of(spec);
        byte[] input;
        try {
            input = MudFiles.read(file);
        } catch (IOException e) {
            out.error(e.getMessage());
            return ExitCodes.FAILURE;
        }
        RepairResult result = Mud.create().repair(input);
        if (outFile != null && !result.json().isEmpty()) {
            Files.write(outFile, result.json().getBytes(StandardCharsets.UTF_8));
        }
        if (json) {
            out.json(result);
        } else {
            for (RepairChange c : result.changes()) {
                out.error("changed " + c.path() + ": " + c.description());
            }
            for (RepairChange c : result.refusals()) {
                out.error("REFUSED " + c.path() + ": " + c.description());
            }
            result.report().errors().forEach(f -> out.error("error " + f.code() + " at " + f.path() + ": " + f.message()));
            if (outFile == null && result.refusals().isEmpty()) {
                spec.commandLine().getOut().print(result.json());
                spec.commandLine().getOut().flush();
            }
            out.error(result.repaired() ? "repaired: the result validates strictly" : "NOT repaired");
        }
        return result.repaired() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
