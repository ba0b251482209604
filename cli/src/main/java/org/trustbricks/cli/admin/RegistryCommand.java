package org.trustbricks.cli.admin;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustbricks registry}: groups the registry subcommands. */
@Command(name = "registry",
        mixinStandardHelpOptions = true,
        description = "The certificate registry: import public listings.",
        subcommands = {RegistryImportCommand.class})
public final class RegistryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
