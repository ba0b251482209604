package org.trustbricks.cli.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustbricks.registry.cert.ExpiryJob;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.demo.DemoData;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.keys.KeyEncryptionKey;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.registry.keys.UnableToLoadKeyEncryptionKeyException;

/** Registry start-up: the key-encryption key, the demo scheme on a fresh database, the expiry job. */
final class RegistrySetup {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrySetup.class);

    private RegistrySetup() {
    }

    /** Binds the key-encryption key, seeds demo data when asked and the database is fresh, starts expiry; returns notes. */
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
        List<String> notes = demoData
                ? DemoData.seedIfFresh(database.jdbi(), CbKeys.using(database.jdbi(), kek), System.getenv("TRUSTBRICKS_DEMO_PASSWORD"))
                : List.of();
        ExpiryJob.schedule(database.jdbi(), Duration.ofHours(1));
        return notes;
    }
}
