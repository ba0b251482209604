package org.trustbricks.cli.mud;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.common.Finding;
import org.trustbricks.mud.Mode;
import org.trustbricks.mud.MudReport;
import org.trustbricks.mud.MudValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trustbricks mud validate FILE…}: schema and RFC 8520 checks of MUD files. Many files are validated on every
 * core at once; the reports come out in the order of the files.
 */
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

    @Option(names = "--threads", paramLabel = "N", description = "Files validated at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** Files beyond those picocli parsed, validated after them (see {@link #withMoreFiles}). */
    private List<Path> moreFiles = List.of();

    /**
     * A command that validates {@code more} after the files on its command line: a long file list is handed over this
     * way because picocli spends about 14 µs of start-up time on each argument it parses.
     */
    public static MudValidateCommand withMoreFiles(List<Path> more) {
        MudValidateCommand command = new MudValidateCommand();
        command.moreFiles = List.copyOf(more);
        return command;
    }

    @Override
    public Integer call() {
        if (!moreFiles.isEmpty()) {
            List<Path> all = new ArrayList<>(files.size() + moreFiles.size());
            all.addAll(files);
            all.addAll(moreFiles);
            files = all;
        }
        MudValidator validator = MudValidator.create();
        Mode mode = lenient ? Mode.LENIENT : Mode.STRICT;
        if (json) {
            List<FileReport> reports = new ArrayList<>(files.size());
            boolean allValid = BatchValidation.run(files, threads, file -> report(validator, file, mode), (file, report) -> {
                reports.add(new FileReport(file.toString(), report));
                return report.valid();
            });
            Output.of(spec).json(reports);
            return allValid ? ExitCodes.OK : ExitCodes.FAILURE;
        }
        return printReports(validator, mode, spec.commandLine().getOut());
    }

    /**
     * {@code mud validate FILE…} with no option at all, run without picocli (whose start-up costs about a tenth of a
     * second, a tenth of a whole batch run): strict mode, every core, the text report on {@code out}.
     */
    public static int plainFiles(List<Path> files, PrintWriter out) {
        MudValidateCommand command = new MudValidateCommand();
        command.files = List.copyOf(files);
        return command.printReports(MudValidator.create(), Mode.STRICT, out);
    }

    private int printReports(MudValidator validator, Mode mode, PrintWriter out) {
        String modeText = mode.name().toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder(1 << 16);
        boolean allValid = BatchValidation.run(files, threads, file -> report(validator, file, mode), (file, report) -> {
            describe(text, file.toString(), report, modeText);
            if (text.length() > 1 << 15) {
                out.print(text);
                text.setLength(0);
            }
            return report.valid();
        });
        out.print(text);
        out.flush();
        return allValid ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private MudReport report(MudValidator validator, Path file, Mode mode) {
        try {
            return validator.validate(MudFiles.read(file), mode, url);
        } catch (IOException e) {
            return new MudReport(false, false, mode, List.of(Finding.error("MUD-UNREADABLE", "", e.getMessage(), "")));
        }
    }

    /** The verdict line and one line per finding (as {@link Output#findings} prints them). */
    private static void describe(StringBuilder text, String file, MudReport report, String mode) {
        String nl = System.lineSeparator();
        text.append(file).append(": ").append(report.valid() ? "valid" : "INVALID").append(" (").append(mode)
                .append(report.schemaValid() ? "" : "; does not conform to the YANG modules").append(')').append(nl);
        for (Finding f : report.findings()) {
            text.append(file).append(": ").append(f.severity().label()).append(' ').append(f.code()).append(" at ")
                    .append(f.path().isEmpty() ? "/" : f.path()).append(": ").append(f.message()).append(nl);
            if (!f.hint().isEmpty()) {
                text.append("    hint: ").append(f.hint()).append(nl);
            }
        }
    }
}
