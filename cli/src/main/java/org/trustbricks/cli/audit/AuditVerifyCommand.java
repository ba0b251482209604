package org.trustbricks.cli.audit;

import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.cli.admin.DatabaseOptions;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.audit.AuditVerification;
import org.trustbricks.registry.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trustbricks audit verify}: walks the chain; exit 1 and the entries named when one was edited, deleted or moved. */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        description = "Checks that no audit log entry was edited, deleted or reordered; names each one that was.")
public final class AuditVerifyCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        AuditVerification v;
        try (Database db = database.open()) {
            v = AuditLog.using(db.jdbi()).verify();
        }
        if (json) {
            out.json(v);
        } else if (v.intact()) {
            out.line("audit log intact: " + v.entries() + " entries, each committing to the one before");
        } else {
            out.line("audit log BROKEN: " + v.problems().size() + " problem(s) in " + v.entries() + " entries");
            v.problems().forEach(p -> out.line("  entry " + p.seq() + " " + p.kind() + ": " + p.message()));
        }
        return v.intact() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
