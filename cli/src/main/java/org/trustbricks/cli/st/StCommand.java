package org.trustbricks.cli.st;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustbricks st}: groups the subcommands listed below. */
@Command(name = "st",
        mixinStandardHelpOptions = true,
        description = "Security Targets: validate, compose, check coverage, render, start a new one.",
        subcommands = {StValidateCommand.class, StComposeCommand.class, StCoverageCommand.class, StRenderCommand.class, StNewCommand.class})
public final class StCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
