package org.trustbricks.cli;

import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints one clear line for a failure; the stack trace only with {@code --verbose}. */
final class FailureHandler implements IExecutionExceptionHandler {

    private final BooleanSupplier verbose;

    FailureHandler(BooleanSupplier verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        return report(e, cl.getErr(), cl.getColorScheme().errorText(line(e)).toString(), verbose.getAsBoolean());
    }

    /** The same report for a command run without picocli: one plain line, the stack trace only when verbose. */
    static int report(Exception e, PrintWriter err, boolean verbose) {
        return report(e, err, line(e), verbose);
    }

    private static String line(Exception e) {
        return "trustbricks: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static int report(Exception e, PrintWriter err, String line, boolean verbose) {
        err.println(line);
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println("(run with --verbose for details)");
        }
        err.flush();
        return ExitCodes.FAILURE;
    }
}
