package org.trustbricks.web.mud;

import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.keys.KeyEncryptionKey;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.web.testing.TestServer;

/** Test servers whose database has a key-encryption key bound, as the platform binds one at start-up. */
public final class MudServers {

    private MudServers() {
    }

    /** A server over its own fresh database, with a random key-encryption key. */
    public static TestServer start() {
        TestServer server = TestServer.start();
        KeyEncryptionKeys.bind(server.services().database().jdbi(), KeyEncryptionKey.random());
        return server;
    }

    /** Binds a random key-encryption key to a database shared by several servers. */
    public static void bindKey(Database database) {
        KeyEncryptionKeys.bind(database.jdbi(), KeyEncryptionKey.random());
    }
}
