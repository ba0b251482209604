package org.trustbricks.cli.mud;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mud.Mud;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks mud render FILE --format svg}: draws what the device may talk to. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draw what a device may talk to (cloud names, local network, peers, controllers, protocols, ports, direction).")
public final class MudRenderCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { svg }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The MUD file.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "svg", description = "Picture format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the picture here (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        Output output = Output.of(spec);
        try {
            String svg = Mud.create().renderSvg(MudFiles.read(file));
            if (out == null) {
                spec.commandLine().getOut().print(svg);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(out, svg, StandardCharsets.UTF_8);
            }
            return ExitCodes.OK;
        } catch (IOException | MalformedInputException e) {
            output.error("cannot render " + file + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
