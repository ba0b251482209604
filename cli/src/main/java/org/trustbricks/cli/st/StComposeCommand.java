package org.trustbricks.cli.st;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.composition.CompositionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks st compose FILE}: which part delivers which SFR, the composite level and inherited objectives. */
@Command(name = "compose", mixinStandardHelpOptions = true,
        description = "Compose a Security Target from its certified parts: SFR attribution, composite level, inherited objectives, certificate checks.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:The composition has no error findings.", "1:Error findings, a cycle of parts, or the file could not be read.", "2:Usage error."})
public final class StComposeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The Security Target file (.yaml, .yml or .json).")
    Path file;

    @Option(names = "--json", description = "Print the composition report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        Optional<byte[]> bytes = StDocument.read(file, out);
        if (bytes.isEmpty()) {
            return ExitCodes.FAILURE;
        }
        CompositionReport r = Sesip.compose(bytes.get(), StDocument.name(file));
        if (json) {
            out.json(r);
            return r.acceptable() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
        out.findings(file.toString(), r.findings());
        if (r.complete()) {
            out.line(r.product() + ": claim " + r.claimedLevel() + " (default " + r.defaultLevel() + "), certificates checked at " + r.evaluationDate());
            r.parts().forEach(p -> out.line("  part " + p.id() + ": " + p.name() + " " + p.version() + ", " + p.certificate() + ", "
                    + p.level() + ", " + p.status() + (p.direct() ? "" : " (part of a part)")));
            r.attributions().forEach(a -> out.line("  " + a.title() + (a.claim().equals(a.sfr()) ? "" : " [" + a.claim() + "]")
                    + " <- " + a.providedBy() + (a.level().isEmpty() ? "" : " at " + a.level())));
            r.objectives().forEach(o -> out.line("  objective " + o.part() + "/" + o.objective() + ": " + o.handling()));
        }
        out.line(file + ": composition " + (r.acceptable() ? "acceptable" : "NOT acceptable"));
        return r.acceptable() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
