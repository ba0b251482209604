package org.trustbricks.mud.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustbricks.mud.sign.VerificationResult.Status;

/** The id-pe-mudsigner extension of a device certificate pins who may sign its MUD file. */
class MudSignerNameTest {

    private static final byte[] MUD = "{\"ietf-mud:mud\":{}}\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_signer_named_by_the_device_certificate_is_accepted_and_another_signer_of_the_same_ca_is_not() throws Exception {
        Instant now = Instant.now().minus(Duration.ofMinutes(1));
        ManufacturerCredentials creds = SignerCertificates.generate("Pinned Devices", now, Duration.ofDays(10));
        var device = SignerCertificates.deviceCertificate(creds, SignerCertificates.newKeyPair().getPublic(), "SN-7",
                "https://pinned.example/t.json", now, Duration.ofDays(10));
        byte[] sig = MudSigner.sign(MUD, creds.signingKey());
        assertThat(MudVerifier.verify(MUD, sig, List.of(creds.caCertificate()), null, device).status()).isEqualTo(Status.VALID);

        var rogueKey = SignerCertificates.newKeyPair();
        ManufacturerCredentials other = new ManufacturerCredentials(creds.caKeyPair(), creds.caCertificate(), rogueKey,
                SignerCertificates.deviceCertificate(creds, rogueKey.getPublic(), "rogue", "https://pinned.example/x.json", now,
                        Duration.ofDays(10)));
        byte[] rogue = MudSigner.sign(MUD, other.signingKey());
        assertThat(MudVerifier.verify(MUD, rogue, List.of(creds.caCertificate()), null).status()).isEqualTo(Status.VALID);
        VerificationResult pinned = MudVerifier.verify(MUD, rogue, List.of(creds.caCertificate()), null, device);
        assertThat(pinned.status()).isEqualTo(Status.UNTRUSTED_SIGNER);
        assertThat(pinned.message()).contains("Pinned Devices MUD signer");
    }
}
