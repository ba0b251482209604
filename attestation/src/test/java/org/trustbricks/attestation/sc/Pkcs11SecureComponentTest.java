package org.trustbricks.attestation.sc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The PKCS#11 back end on a real SoftHSM2 token, with pkcs11-tool as an independent view (SunPKCS11 stores the label as CKA_ID). */
class Pkcs11SecureComponentTest extends SecureComponentContract {

    private static Pkcs11SecureComponent sc;

    @Override
    synchronized SecureComponent component() throws Exception {
        if (sc == null) {
            sc = SoftHsm.token().open();
        }
        return sc;
    }

    @Test
    void keys_live_in_the_token_as_sensitive_never_extractable_objects() throws Exception {
        SecureComponent c = component();
        assumeTrue(SoftHsm.onPath("pkcs11-tool"), "pkcs11-tool is not installed");
        String label = "pkcs11tool-" + Long.toHexString(System.nanoTime());
        KeyRef k = c.generateSigningKey(label);
        String listing = SoftHsm.run(List.of(SoftHsm.token().tool("--list-objects", "--type", "privkey")));
        String id = java.util.HexFormat.of().formatHex(label.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        int at = listing.indexOf("ID:         " + id);
        assertThat(at).as(listing).isNotNegative();
        String entry = listing.substring(at, Math.min(listing.length(), at + 400));
        assertThat(entry).contains("sensitive").contains("never extractable");
        assertThat(c.keysOutsideProcess()).isTrue();
        c.deleteKey(k);
        assertThat(SoftHsm.run(List.of(SoftHsm.token().tool("--list-objects", "--type", "privkey")))).doesNotContain(id);
    }

    @Test
    void a_key_survives_reopening_the_token() throws Exception {
        SecureComponent c = component();
        KeyRef k = c.generateSigningKey("persist-" + Long.toHexString(System.nanoTime()));
        try (Pkcs11SecureComponent again = SoftHsm.token().open()) {
            assertThat(again.findKey(k.label())).contains(k);
            assertThat(again.publicKey(k)).isEqualTo(c.publicKey(k));
        }
        c.deleteKey(k);
    }
}
