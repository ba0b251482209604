package org.trustbricks.cli.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.imports.ImportFormat;
import org.trustbricks.registry.imports.ImportReport;
import org.trustbricks.registry.imports.Imports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks registry import}: imports a public registry file; exit 1 when some records could not be read. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {"Imports a Common Criteria portal CSV (cc), ENISA EUCC metadata (eucc) or a SESIP index CSV (sesip).",
            "Importing the same file again changes nothing; unreadable records are listed and the rest is imported."})
public final class RegistryImportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "cc, eucc or sesip.")
    String format;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--json", description = "Print the import report as JSON.")
    boolean json;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        ImportFormat f = ImportFormat.named(format).orElse(null);
        if (f == null) {
            out.error("trustbricks: --format must be cc, eucc or sesip (got '" + format + "')");
            return ExitCodes.FAILURE;
        }
        byte[] bytes;
        try {
            if (Files.size(file) > Imports.MAX_BYTES) {
                out.error("trustbricks: " + file + " is larger than " + Imports.MAX_BYTES + " bytes");
                return ExitCodes.FAILURE;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            out.error("trustbricks: cannot read " + file + ": " + e.getClass().getSimpleName());
            return ExitCodes.FAILURE;
        }
        ImportReport r;
        try (Database db = database.open()) {
            r = Imports.using(db.jdbi()).importFile(f, bytes, "cli (" + System.getProperty("user.name") + ")");
        }
        if (json) {
            out.json(r);
        } else {
            out.line(file + ": " + r.records() + " record(s): " + r.created() + " created, " + r.updated() + " updated, "
                    + r.unchanged() + " unchanged, " + r.problems().size() + " unreadable");
            r.problems().forEach(p -> out.line("  " + p.record() + ": " + p.message()));
        }
        return r.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
