package org.trustbricks.cli.st;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks st validate FILE}: checks a Security Target against the SESIP rules. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a Security Target (YAML or JSON): schema, SESIP rules, profiles and composition.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:No error findings.", "1:Error findings, or the file could not be read.", "2:Usage error."})
public final class StValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The Security Target file (.yaml, .yml or .json).")
    Path file;

    @Option(names = "--json", description = "Print the validation report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        Optional<byte[]> bytes = StDocument.read(file, out);
        if (bytes.isEmpty()) {
            return ExitCodes.FAILURE;
        }
        ValidationReport r = Sesip.validate(bytes.get(), StDocument.name(file));
        if (json) {
            out.json(r);
        } else {
            out.findings(file.toString(), r.findings());
            out.line(file + ": " + (r.valid() ? "valid" : "NOT valid") + (r.complete() ? "" : " (could not be read completely)")
                    + (r.level().isEmpty() ? "" : ", " + r.level()) + " — " + r.errors() + " error(s), " + r.warnings() + " warning(s)");
        }
        return r.valid() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
