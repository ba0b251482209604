package org.trustbricks.cli.audit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustbricks audit}: groups the audit log subcommands. */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        description = "The hash-chained audit log.",
        subcommands = {AuditVerifyCommand.class})
public final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
