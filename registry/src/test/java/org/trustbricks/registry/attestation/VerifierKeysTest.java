package org.trustbricks.registry.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.keys.KeyEncryptionKey;
import org.trustbricks.registry.keys.UnableToLoadKeyEncryptionKeyException;
import org.trustbricks.registry.testing.TestDatabase;

/** The EAR key is made once, shared through the database, sealed with the key-encryption key. */
class VerifierKeysTest {

    @Test
    void every_instance_with_the_same_kek_gets_the_same_key_and_another_kek_cannot_open_it() {
        try (Database db = TestDatabase.fresh()) {
            KeyEncryptionKey kek = KeyEncryptionKey.random();
            var first = VerifierKeys.using(db.jdbi(), kek).loadOrCreate();
            var second = VerifierKeys.using(db.jdbi(), kek).loadOrCreate();
            assertThat(second.signer().publicKey()).isEqualTo(first.signer().publicKey());
            assertThat(second.nonceKey()).isEqualTo(first.nonceKey());
            assertThat(second.keyId()).isEqualTo(first.keyId());
            assertThatThrownBy(() -> VerifierKeys.using(db.jdbi(), KeyEncryptionKey.random()).loadOrCreate())
                    .isInstanceOf(UnableToLoadKeyEncryptionKeyException.class);
        }
    }
}
