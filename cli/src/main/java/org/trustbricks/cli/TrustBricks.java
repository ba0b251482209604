package org.trustbricks.cli;

import org.trustbricks.cli.attest.AttestCommand;
import org.trustbricks.cli.mud.MudCommand;
import org.trustbricks.cli.serve.ServeCommand;
import org.trustbricks.cli.sesip.SesipCommand;
import org.trustbricks.cli.st.StCommand;
import org.trustbricks.cli.tps.TpsCommand;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code trustbricks} command. Exit codes: 0 success, 1 findings of error severity or invalid input,
 * 2 usage error.
 */
@Command(name = "trustbricks",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "TrustBricks: SESIP certification, MUD and attestation for connected devices.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Findings of error severity, invalid input, or a runtime failure.",
            "2:Usage error (unknown option, missing argument)."
        })
public final class TrustBricks implements Runnable {

    private static final List<Class<?>> SUBCOMMANDS = List.of(
            ServeCommand.class,
            StCommand.class,
            SesipCommand.class,
            MudCommand.class,
            AttestCommand.class,
            TpsCommand.class,
            org.trustbricks.cli.admin.AdminCommand.class,
            org.trustbricks.cli.admin.RegistryCommand.class,
            org.trustbricks.cli.cert.CertCommand.class,
            org.trustbricks.cli.audit.AuditCommand.class,
            org.trustbricks.cli.demo.DemoCommand.class,
            CommandLine.HelpCommand.class);

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces and debug logs when something fails.")
    boolean verbose;

    /** True when --verbose was given. */
    public boolean isVerbose() {
        return verbose;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** A configured command line with every subcommand (tests set their own out/err writers on it). */
    public static CommandLine commandLine() {
        return withSubcommands(SUBCOMMANDS);
    }

    /**
     * A command line for these arguments: when the first one names a subcommand, only that subcommand's model is
     * built (picocli builds each by reflection, which costs start-up time); otherwise every subcommand's, for the
     * root's help and its error messages.
     */
    public static CommandLine commandLine(String... args) {
        if (args.length > 0) {
            for (Class<?> type : SUBCOMMANDS) {
                if (type != CommandLine.HelpCommand.class && type.getAnnotation(Command.class).name().equals(args[0])) {
                    return withSubcommands(List.of(type));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine withSubcommands(List<Class<?>> subcommands) {
        TrustBricks root = new TrustBricks();
        CommandLine cl = new CommandLine(root);
        subcommands.forEach(cl::addSubcommand);
        cl.setExecutionExceptionHandler(new FailureHandler(() -> root.verbose));
        return cl;
    }

    /** Entry point. */
    public static void main(String[] args) {
        int code = run(args);
        if (code != 0 || !ServeCommand.isServing()) {
            System.exit(code);
        }
    }
}
