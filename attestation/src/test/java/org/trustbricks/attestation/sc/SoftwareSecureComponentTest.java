package org.trustbricks.attestation.sc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SoftwareSecureComponentTest extends SecureComponentContract {

    private final SoftwareSecureComponent sc = SoftwareSecureComponent.create(UUID.randomUUID());

    @Override
    SecureComponent component() {
        return sc;
    }

    @Test
    void says_plainly_that_it_offers_no_hardware_protection() {
        assertThat(sc.keysOutsideProcess()).isFalse();
        assertThat(sc.protection()).startsWith("none");
    }

    @Test
    void another_component_cannot_open_its_sealed_data() throws Exception {
        byte[] sealed = sc.seal(new byte[] {1}, new byte[] {42});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SoftwareSecureComponent.create(UUID.randomUUID()).unseal(new byte[] {1}, sealed))
                .hasMessageContaining("integrity");
    }
}
