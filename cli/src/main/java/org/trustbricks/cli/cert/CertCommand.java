package org.trustbricks.cli.cert;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustbricks cert}: groups the certificate subcommands. */
@Command(name = "cert",
        mixinStandardHelpOptions = true,
        description = "Signed SESIP certificates: verify offline.",
        subcommands = {CertVerifyCommand.class})
public final class CertCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
