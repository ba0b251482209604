package org.trustbricks.web.attestation;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.trustbricks.registry.attestation.LiveVerifier;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.web.Services;
import org.trustbricks.web.system.Warming;
import org.trustbricks.web.ui.Pages;

/**
 * The attestation verifier in the server: its routes, and the verifier itself, started in the background once the
 * server is up (loading the EAR key and the endorsements, following changes from other instances) and stopped with it.
 */
public final class AttestationFeature {

    /** How long a challenge stays valid. */
    public static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);

    private AttestationFeature() {
    }

    /**
     * Adds the routes and ties the verifier's life to the server's: it is built in the background once the server has
     * started (a request that needs it earlier waits for it) and stopped with the server; returns its supplier.
     */
    public static java.util.function.Supplier<LiveVerifier> register(JavalinConfig config, Services services, Pages pages) {
        Warming<LiveVerifier> current = Warming.of("the attestation verifier", () -> LiveVerifier.start(services.database().jdbi(),
                KeyEncryptionKeys.of(services.database().jdbi()), services.clock(), NONCE_LIFETIME));
        config.events.serverStarted(current::begin);
        config.events.serverStopped(() -> current.close(LiveVerifier::close));
        AttestationApi.register(config.routes, services, current);
        AttestationPages.register(config.routes, pages, current);
        return current;
    }
}
