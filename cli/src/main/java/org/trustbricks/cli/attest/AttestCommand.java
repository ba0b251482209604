package org.trustbricks.cli.attest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustbricks attest}: groups the subcommands listed below. */
@Command(name = "attest",
        mixinStandardHelpOptions = true,
        description = "Attestation tokens: inspect and verify PSA tokens.",
        subcommands = {AttestInspectCommand.class, AttestVerifyCommand.class})
public final class AttestCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
