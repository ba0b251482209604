package org.trustbricks.cli.st;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.render.Format;
import org.trustbricks.sesip.render.RenderResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks st render FILE --format html|md}: the ST as a readable page with findings, composition and coverage. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a Security Target as a self-contained HTML page or as Markdown, with findings, composition diagram and coverage tables.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Rendered; no error findings.", "1:Rendered with error findings, or the file could not be read or written.", "2:Usage error."})
public final class StRenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The Security Target file (.yaml, .yml or .json).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html", description = "html (default) or md.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the page to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        Optional<Format> f = Format.of(format);
        if (f.isEmpty()) {
            out.error("unknown format '" + format + "'; use html or md");
            return ExitCodes.USAGE;
        }
        Optional<byte[]> bytes = StDocument.read(file, out);
        if (bytes.isEmpty()) {
            return ExitCodes.FAILURE;
        }
        RenderResult r = Sesip.render(bytes.get(), StDocument.name(file), f.get());
        if (r.content() == null) {
            out.findings(file.toString(), r.findings());
            return ExitCodes.FAILURE;
        }
        if (output == null) {
            out.line(r.content());
        } else {
            try {
                Files.writeString(output, r.content(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                out.error(output + ": cannot be written (" + e.getMessage() + ")");
                return ExitCodes.FAILURE;
            }
        }
        long errors = r.findings().stream().filter(x -> x.isError()).count();
        if (errors > 0) {
            out.error(file + ": rendered with " + errors + " error finding(s); they are listed at the top of the page");
        }
        return errors > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
