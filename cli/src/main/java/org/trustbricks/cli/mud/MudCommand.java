package org.trustbricks.cli.mud;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustbricks mud}: groups the subcommands listed below. */
@Command(name = "mud",
        mixinStandardHelpOptions = true,
        description = "MUD files (RFC 8520): validate, repair, sign, verify, render, fetch, compile, profile.",
        subcommands = {
            MudValidateCommand.class,
            MudRepairCommand.class,
            MudSignCommand.class,
            MudVerifyCommand.class,
            MudRenderCommand.class,
            MudFetchCommand.class,
            MudCompileCommand.class,
            MudCheckFlowCommand.class,
            MudProfileCommand.class
        })
public final class MudCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
