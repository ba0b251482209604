package org.trustbricks.cli;

import java.util.List;
import org.trustbricks.cli.attest.AttestCommand;
import org.trustbricks.cli.mud.MudCommand;
import org.trustbricks.cli.mud.MudValidateCommand;
import org.trustbricks.cli.serve.ServeCommand;
import org.trustbricks.cli.sesip.SesipCommand;
import org.trustbricks.cli.st.StCommand;
import org.trustbricks.cli.tps.TpsCommand;
import org.trustbricks.mud.MudValidator;
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
        if (runsMudValidateAlone(args)) {
            // The schema tree is read on another core while the arguments are taken in (picocli, when it is built,
            // takes about as long as the tree).
            Thread.ofPlatform().daemon().name("mud-schema-load").start(MudValidator::preload);
            String[] rest = java.util.Arrays.copyOfRange(args, 2, args.length);
            int files = trailingFiles(rest);
            if (files == rest.length && files > 0) {
                try {
                    return plainMudValidate(rest);
                } catch (java.nio.file.InvalidPathException e) {
                    return mudValidateCommandLine().execute(rest);
                }
            }
            if (files < 2) {
                return mudValidateCommandLine().execute(rest);
            }
            int parsed = rest.length - files + 1;
            List<java.nio.file.Path> more = new java.util.ArrayList<>(files - 1);
            try {
                for (int i = parsed; i < rest.length; i++) {
                    more.add(java.nio.file.Path.of(rest[i]));
                }
            } catch (java.nio.file.InvalidPathException e) {
                return mudValidateCommandLine().execute(rest);
            }
            return mudValidateCommandLine(MudValidateCommand.withMoreFiles(more))
                    .execute(java.util.Arrays.copyOfRange(rest, 0, parsed));
        }
        return commandLine(args).execute(args);
    }

    /** {@code mud validate FILE…} with file names only: nothing for picocli to parse, so it is not built at all. */
    private static int plainMudValidate(String[] names) {
        List<java.nio.file.Path> paths = new java.util.ArrayList<>(names.length);
        for (String name : names) {
            paths.add(java.nio.file.Path.of(name));
        }
        java.io.PrintWriter out = new java.io.PrintWriter(System.out, true);
        try {
            return MudValidateCommand.plainFiles(paths, out);
        } catch (RuntimeException e) {
            return FailureHandler.report(e, new java.io.PrintWriter(System.err, true), false);
        }
    }

    /**
     * True for a plain {@code mud validate …} (no help, version, --verbose or @file argument), which is run without
     * building the other commands: picocli reflects over every command it builds, which costs start-up time.
     */
    static boolean runsMudValidateAlone(String... args) {
        if (args.length < 2 || !args[0].equals("mud") || !args[1].equals("validate")) {
            return false;
        }
        for (String a : args) {
            if (a.equals("--verbose") || a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")
                    || a.startsWith("@")) {
                return false;
            }
        }
        return true;
    }

    /** How many of the last arguments of {@code mud validate} are certainly file names (not options or option values). */
    static int trailingFiles(String[] rest) {
        int n = 0;
        for (int i = rest.length - 1; i >= 0; i--) {
            boolean optionValue = i > 0 && (rest[i - 1].equals("--url") || rest[i - 1].equals("--threads"));
            if (rest[i].startsWith("-") || optionValue || rest[i].isEmpty()) {
                break;
            }
            n++;
        }
        return n;
    }

    /** {@code trustbricks mud validate} on its own command line (takes the arguments after "mud validate"). */
    public static CommandLine mudValidateCommandLine() {
        return mudValidateCommandLine(new MudValidateCommand());
    }

    private static CommandLine mudValidateCommandLine(MudValidateCommand command) {
        CommandLine cl = new CommandLine(command);
        cl.setCommandName("trustbricks mud validate");
        cl.setExecutionExceptionHandler(new FailureHandler(() -> false));
        return cl;
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
