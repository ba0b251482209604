package org.trustbricks.cli.mud;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.common.Finding;
import org.trustbricks.mud.Mode;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.MudReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks mud validate FILE…}: schema and RFC 8520 checks of MUD files. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate MUD files against the RFC 8520 YANG modules and rules. Exit 0 when every file is valid.")
public final class MudValidateCommand implements Callable<Integer> {

    /** One file's verdict in --json output. */
    public record FileReport(String file, MudReport report) {
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "MUD files (JSON).")
    List<Path> files;

    @Option(names = "--lenient", description = "Repair the pre-RFC dialect in memory and report RFC rule errors as warnings.")
    boolean lenient;

    @Option(names = "--url", paramLabel = "URL", description = "The URL the file is published at; its mud-url must equal it.")
    String url;

    @Option(names = "--json", description = "Print the reports as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        Mud mud = Mud.create();
        Mode mode = lenient ? Mode.LENIENT : Mode.STRICT;
        List<FileReport> reports = new ArrayList<>();
        boolean allValid = true;
        for (Path file : files) {
            MudReport report;
            try {
                report = mud.validate(MudFiles.read(file), mode, url);
            } catch (IOException e) {
                report = new MudReport(false, false, mode, List.of(Finding.error("MUD-UNREADABLE", "", e.getMessage(), "")));
            }
            allValid &= report.valid();
            reports.add(new FileReport(file.toString(), report));
        }
        if (json) {
            out.json(reports);
        } else {
            for (FileReport r : reports) {
                out.line(r.file() + ": " + (r.report().valid() ? "valid" : "INVALID") + " (" + mode.name().toLowerCase(java.util.Locale.ROOT)
                        + (r.report().schemaValid() ? "" : "; does not conform to the YANG modules") + ")");
                out.findings(r.file(), r.report().findings());
            }
        }
        return allValid ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
