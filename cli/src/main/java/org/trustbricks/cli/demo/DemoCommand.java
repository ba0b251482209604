package org.trustbricks.cli.demo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustbricks demo}: groups the demonstrations listed below. */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = "Demonstrations that run against a running TrustBricks platform.",
        subcommands = {OnboardingDemoCommand.class})
public final class DemoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
