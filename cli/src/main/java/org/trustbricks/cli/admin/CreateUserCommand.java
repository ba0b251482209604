package org.trustbricks.cli.admin;

import java.io.Console;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.auth.Accounts;
import org.trustbricks.registry.auth.DuplicateAccountException;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trustbricks admin create-user}: bootstraps an account; the password never appears on the command line. */
@Command(name = "create-user",
        mixinStandardHelpOptions = true,
        description = {"Creates a user in an organisation (created when missing).",
            "The password comes from the environment variable named by --password-env, or is asked for twice on the terminal."})
public final class CreateUserCommand implements Callable<Integer> {

    /** Shortest password accepted. */
    static final int MIN_PASSWORD = 12;

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "Sign-in email address.")
    String email;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Name shown on pages.")
    String name;

    @Option(names = "--organisation", required = true, paramLabel = "ORGANISATION", description = "Organisation name; created when missing.")
    String organisation;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "Organisation kind: scheme-owner, certification-body, laboratory or vendor.")
    String kind;

    @Option(names = "--password-env", paramLabel = "VARIABLE", defaultValue = "TRUSTBRICKS_NEW_USER_PASSWORD",
            description = "Environment variable holding the new password (default ${DEFAULT-VALUE}); when unset, the terminal asks.")
    String passwordEnv;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        OrganisationKind k;
        try {
            k = OrganisationKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            out.error("trustbricks: --kind must be scheme-owner, certification-body, laboratory or vendor (got '" + kind + "')");
            return ExitCodes.FAILURE;
        }
        if (!email.contains("@") || email.length() > 200 || name.isBlank() || organisation.isBlank()) {
            out.error("trustbricks: give a valid --email, a --name and an --organisation");
            return ExitCodes.FAILURE;
        }
        char[] password = password(out);
        if (password == null) {
            return ExitCodes.FAILURE;
        }
        try (Database db = database.open()) {
            Accounts accounts = Accounts.using(db.jdbi());
            long org = accounts.ensureOrganisation(organisation.strip(), k);
            User u = accounts.createUser(email, name.strip(), new String(password), org);
            if (u.kind() != k) {
                out.error("trustbricks: note: organisation '" + u.organisationName() + "' already exists as " + u.kind());
            }
            AuditLog.using(db.jdbi()).append("cli (" + System.getProperty("user.name") + ")", "user.create", "organisation/" + org, u.email());
            out.line("created " + u.email() + " in " + u.organisationName() + " (" + u.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
            return ExitCodes.OK;
        } catch (DuplicateAccountException e) {
            out.error("trustbricks: " + e.getMessage());
            return ExitCodes.FAILURE;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] password(Output out) {
        String env = passwordEnv == null ? null : System.getenv(passwordEnv);
        char[] pw;
        if (env != null && !env.isEmpty()) {
            pw = env.toCharArray();
        } else {
            Console console = System.console();
            if (console == null) {
                out.error("trustbricks: no password: set " + passwordEnv + " or run in a terminal to be asked");
                return null;
            }
            pw = console.readPassword("Password for %s: ", email);
            char[] again = console.readPassword("Repeat the password: ");
            if (pw == null || again == null || !Arrays.equals(pw, again)) {
                out.error("trustbricks: the passwords do not match");
                return null;
            }
        }
        if (pw.length < MIN_PASSWORD) {
            out.error("trustbricks: the password must have at least " + MIN_PASSWORD + " characters");
            return null;
        }
        return pw;
    }
}
