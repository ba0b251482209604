package org.trustbricks.cli.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.trustbricks.registry.demo.DemoData;

/**
 * The demo accounts' sign-ins, kept in {@code <data-dir>/demo-credentials} (mode 0600) when the demo scheme is seeded,
 * so that {@code trustbricks demo onboarding} can act as the scheme owner, the CB and the vendors.
 *
 * @param password the password every demo account shares
 * @param emails   email by sign-in name ({@code owner}, {@code cb}, {@code lockwise}, …)
 */
public record DemoCredentials(String password, Map<String, String> emails) {

    /** The file name inside the data directory. */
    public static final String FILE = "demo-credentials";

    public DemoCredentials {
        emails = Map.copyOf(emails);
    }

    /** The seeded demo accounts with this password. */
    public static DemoCredentials seeded(String password) {
        Map<String, String> emails = new LinkedHashMap<>();
        DemoData.LOGINS.forEach(l -> emails.put(l, l + "@" + DemoData.DOMAIN));
        return new DemoCredentials(password, emails);
    }

    /** The email of a demo account, by sign-in name. */
    public String email(String login) {
        return emails.getOrDefault(login, login + "@" + DemoData.DOMAIN);
    }

    /** Writes the file, readable only by its owner where the file system allows; an existing file is kept. */
    public void writeTo(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            return;
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Properties p = new Properties();
        p.setProperty("password", password);
        emails.forEach(p::setProperty);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
            p.store(w, "TrustBricks demo accounts, written when the demo scheme was seeded. Keep this file private.");
        }
    }

    /** The file in the data directory, when there is one with a password. */
    public static Optional<DemoCredentials> readFrom(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (Files.size(file) > 64 * 1024) {
            throw new IOException(file + " is larger than a credentials file can be");
        }
        return parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    }

    static Optional<DemoCredentials> parse(Reader text) throws IOException {
        Properties p = new Properties();
        p.load(text);
        String password = p.getProperty("password");
        if (password == null || password.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> emails = new LinkedHashMap<>();
        p.stringPropertyNames().stream().filter(k -> !k.equals("password")).sorted().forEach(k -> emails.put(k, p.getProperty(k)));
        return Optional.of(new DemoCredentials(password, emails));
    }

    @Override
    public String toString() {
        return "DemoCredentials[emails=" + emails + "]";
    }
}
