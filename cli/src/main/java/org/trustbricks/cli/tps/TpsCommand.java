package org.trustbricks.cli.tps;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustbricks tps}: groups the subcommands listed below. */
@Command(name = "tps",
        mixinStandardHelpOptions = true,
        description = "Trusted Platform Services: simulated device and client API tools.",
        subcommands = {})
public final class TpsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
