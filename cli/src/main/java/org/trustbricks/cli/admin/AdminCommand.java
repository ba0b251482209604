package org.trustbricks.cli.admin;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustbricks admin}: groups the administration subcommands. */
@Command(name = "admin",
        mixinStandardHelpOptions = true,
        description = "Administration: create users and organisations.",
        subcommands = {CreateUserCommand.class})
public final class AdminCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
