package org.trustbricks.attestation.sc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.trustbricks.attestation.cose.Ecdsa;

/** Behaviour every secure component back end must have. */
abstract class SecureComponentContract {

    abstract SecureComponent component() throws Exception;

    private static String unique(String base) {
        return base + "-" + Long.toHexString(System.nanoTime());
    }

    @Test
    void a_generated_key_signs_and_its_public_key_verifies() throws Exception {
        SecureComponent sc = component();
        KeyRef k = sc.generateSigningKey(unique("sign"));
        byte[] data = "to be signed".getBytes(StandardCharsets.UTF_8);
        byte[] sig = sc.signEs256(k, data);
        assertThat(sig).hasSize(64);
        assertThat(Ecdsa.verify(sc.publicKey(k), data, sig)).isTrue();
        assertThat(Ecdsa.verify(sc.publicKey(k), "other".getBytes(StandardCharsets.UTF_8), sig)).isFalse();
        sc.deleteKey(k);
        assertThat(sc.findKey(k.label())).isEmpty();
    }

    @Test
    void a_label_cannot_be_generated_twice() throws Exception {
        SecureComponent sc = component();
        KeyRef k = sc.generateSigningKey(unique("dup"));
        assertThatThrownBy(() -> sc.generateSigningKey(k.label())).isInstanceOf(SecureComponentException.class);
        sc.deleteKey(k);
    }

    @Test
    void sealed_data_opens_only_with_the_same_associated_data_and_unchanged() throws Exception {
        SecureComponent sc = component();
        byte[] aad = "client-a/object-1".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = sc.seal(aad, "secret".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(sc.unseal(aad, sealed), StandardCharsets.UTF_8)).isEqualTo("secret");
        assertThatThrownBy(() -> sc.unseal("client-b/object-1".getBytes(StandardCharsets.UTF_8), sealed)).hasMessageContaining("integrity");
        byte[] flipped = sealed.clone();
        flipped[flipped.length - 1] ^= 1;
        assertThatThrownBy(() -> sc.unseal(aad, flipped)).hasMessageContaining("integrity");
    }

    @Test
    void using_a_missing_key_is_an_error_not_a_crash() throws Exception {
        SecureComponent sc = component();
        assertThatThrownBy(() -> sc.signEs256(new KeyRef("absent-key"), new byte[1])).isInstanceOf(SecureComponentException.class);
    }
}
