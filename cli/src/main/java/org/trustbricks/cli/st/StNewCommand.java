package org.trustbricks.cli.st;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.navigator.Guidance;
import org.trustbricks.sesip.navigator.NavigationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trustbricks st new --market M}: SFRs and level for target markets, the closest profile and a starter ST. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a Security Target for target markets: the SESIP SFRs and level that address their regulations, "
                + "the closest profile, and a starter ST whose <...> values are still to be written.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Starter written.", "1:The output file could not be written.", "2:Usage error (unknown market)."})
public final class StNewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--market", required = true, paramLabel = "MARKET", split = ",",
            description = "Target market(s): eu-consumer-iot, eu-cra-default, eu-cra-important, industrial-sl1, industrial-sl2, industrial-sl3, us-federal.")
    List<String> markets;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the starter ST (YAML) to this file; the summary goes to standard output.")
    Path output;

    @Option(names = "--json", description = "Print the whole guidance (recommendations, profile, starter) as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        NavigationResult r = Sesip.newStarter(markets);
        if (!r.unknownMarkets().isEmpty()) {
            out.error("unknown market(s) " + r.unknownMarkets() + "; known: " + String.join(", ", r.knownMarkets()));
            return ExitCodes.USAGE;
        }
        Guidance g = r.guidance();
        if (json) {
            out.json(r);
        } else if (output == null) {
            out.line(g.starterYaml());
        } else {
            out.line("Markets: " + String.join(", ", markets) + " → " + String.join(", ", g.regulations()));
            out.line("Suggested level: " + g.level() + " — " + g.levelRationale());
            g.sfrs().forEach(s -> out.line("  " + s.title() + (s.inferred() ? " [inferred]" : "") + " — " + String.join(", ", s.reasons())));
            if (g.closestProfile() != null) {
                out.line("Closest profile: " + g.closestProfile().name() + " (overlap " + g.closestProfile().overlap() + ")");
            }
        }
        if (output != null) {
            try {
                Files.writeString(output, g.starterYaml(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                out.error(output + ": cannot be written (" + e.getMessage() + ")");
                return ExitCodes.FAILURE;
            }
        }
        return ExitCodes.OK;
    }
}
