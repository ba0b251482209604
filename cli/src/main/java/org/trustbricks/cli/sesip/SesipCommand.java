package org.trustbricks.cli.sesip;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trustbricks sesip}: groups the subcommands listed below. */
@Command(name = "sesip",
        mixinStandardHelpOptions = true,
        description = "The SESIP catalogue: security functional requirements, assurance levels, profiles.",
        subcommands = {CatalogueCommand.class})
public final class SesipCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
