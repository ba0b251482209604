package org.trustbricks.cli.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.trustbricks.cli.demo.DemoCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustbricks.registry.cert.ExpiryJob;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.demo.DemoData;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.keys.KeyEncryptionKey;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.registry.keys.UnableToLoadKeyEncryptionKeyException;

/** Registry start-up: the key-encryption key, the demo scheme on a fresh database, the certificate expiry job. */
final class RegistrySetup {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrySetup.class);

    private RegistrySetup() {
    }

    private static List<String> seedDemo(Database database, Path dataDir, KeyEncryptionKey kek) throws PlatformStartException {
        String configured = System.getenv("TRUSTBRICKS_DEMO_PASSWORD");
        String password = configured == null || configured.isBlank() ? DemoData.randomPassword() : configured;
        List<String> notes = new ArrayList<>(DemoData.seedIfFresh(database.jdbi(), CbKeys.using(database.jdbi(), kek), password));
        if (!notes.isEmpty()) {
            try {
                DemoCredentials.seeded(password).writeTo(dataDir);
            } catch (IOException e) {
                throw new PlatformStartException("cannot write " + dataDir.resolve(DemoCredentials.FILE) + ": " + e.getMessage(), e);
            }
            notes.add("The demo sign-ins are also kept in " + dataDir.resolve(DemoCredentials.FILE)
                    + " (readable only by you), which `trustbricks demo onboarding` uses.");
        }
        return notes;
    }

    /** Binds the key-encryption key and seeds demo data when asked and the database is fresh; returns notes. */
    static List<String> prepare(Database database, Path dataDir, boolean embedded, boolean demoData) throws PlatformStartException {
        KeyEncryptionKey kek;
        try {
            kek = KeyEncryptionKey.configured(System.getenv(), dataDir, true);
        } catch (UnableToLoadKeyEncryptionKeyException e) {
            throw new PlatformStartException(e.getMessage(), e);
        }
        if (!embedded && System.getenv(KeyEncryptionKey.ENV) == null) {
            LOG.warn("{} is not set: CB signing keys are sealed with {}; every instance sharing this database needs the same key",
                    KeyEncryptionKey.ENV, dataDir.resolve("kek"));
        }
        KeyEncryptionKeys.bind(database.jdbi(), kek);
        return demoData ? seedDemo(database, dataDir, kek) : List.of();
    }

    /** Starts expiring certificates past their validity end, now and every hour; close the job to stop it. */
    static ExpiryJob startExpiry(Database database) {
        return ExpiryJob.schedule(database.jdbi(), Duration.ofHours(1));
    }
}
