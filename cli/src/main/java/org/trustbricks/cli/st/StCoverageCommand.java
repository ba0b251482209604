package org.trustbricks.cli.st;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.mapping.CoverageReport;
import org.trustbricks.sesip.mapping.CoverageResult;
import org.trustbricks.sesip.mapping.Regulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks st coverage FILE --against REG}: which requirements of a regulation the ST addresses. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Show which requirements of a regulation a Security Target covers, partially covers or not, by which SFR and part. "
                + "Rows marked 'inferred' rest on TrustBricks' own mapping.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:The report was produced.", "1:The file could not be read.", "2:Usage error (unknown regulation)."})
public final class StCoverageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The Security Target file (.yaml, .yml or .json).")
    Path file;

    @Option(names = "--against", required = true, paramLabel = "REGULATION",
            description = "Regulation to map to: en303645, nistir8259a, iec62443-4-2 or cra.")
    String against;

    @Option(names = "--json", description = "Print the coverage report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        Optional<Regulation> regulation = Regulation.of(against);
        if (regulation.isEmpty()) {
            out.error("unknown regulation '" + against + "'; use en303645, nistir8259a, iec62443-4-2 or cra");
            return ExitCodes.USAGE;
        }
        Optional<byte[]> bytes = StDocument.read(file, out);
        if (bytes.isEmpty()) {
            return ExitCodes.FAILURE;
        }
        CoverageResult result = Sesip.coverage(bytes.get(), StDocument.name(file), regulation.get());
        if (json) {
            out.json(result);
        } else if (result.report() == null) {
            out.findings(file.toString(), result.findings());
        } else {
            CoverageReport r = result.report();
            out.line(r.regulation().name() + " (" + r.regulation().edition() + ") — mapping: " + r.regulation().mappingSource());
            for (CoverageReport.Row row : r.requirements()) {
                String by = String.join("; ", row.matches().stream().map(m -> m.title() + " (" + m.providedBy() + ")").toList());
                out.line(String.format("  %-12s %-11s %s%s%s", row.id(), row.status(), row.title(),
                        by.isEmpty() ? "" : " — by " + by, row.inferred() ? " [inferred]" : ""));
            }
            out.line(r.covered() + " covered, " + r.partial() + " partially, " + r.notCovered() + " not covered");
        }
        return result.report() == null ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
