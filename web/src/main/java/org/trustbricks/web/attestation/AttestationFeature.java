package org.trustbricks.web.attestation;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.trustbricks.registry.attestation.LiveVerifier;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.web.Services;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.ui.Pages;

/**
 * The attestation verifier in the server: its routes, and the verifier itself, started with the server (loading the
 * EAR key and the endorsements, following changes from other instances) and stopped with it.
 */
public final class AttestationFeature {

    /** How long a challenge stays valid. */
    public static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);

    private AttestationFeature() {
    }

    /** Adds the routes and ties the verifier's life to the server's; returns the running verifier's supplier. */
    public static java.util.function.Supplier<LiveVerifier> register(JavalinConfig config, Services services, Pages pages) {
        AtomicReference<LiveVerifier> live = new AtomicReference<>();
        config.events.serverStarting(() -> live.set(LiveVerifier.start(services.database().jdbi(), KeyEncryptionKeys.of(services.database().jdbi()), services.clock(),
                NONCE_LIFETIME)));
        config.events.serverStopped(() -> {
            LiveVerifier v = live.getAndSet(null);
            if (v != null) {
                v.close();
            }
        });
        java.util.function.Supplier<LiveVerifier> current = () -> {
            LiveVerifier v = live.get();
            if (v == null) {
                throw ApiException.conflict("the verifier is not running (the server is starting or stopping)");
            }
            return v;
        };
        AttestationApi.register(config.routes, services, current);
        AttestationPages.register(config.routes, pages, current);
        return current;
    }
}
