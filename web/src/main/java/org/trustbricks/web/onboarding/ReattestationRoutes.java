package org.trustbricks.web.onboarding;

import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import org.trustbricks.registry.attestation.LiveVerifier;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.onboarding.AttestationStates;
import org.trustbricks.registry.onboarding.Devices;
import org.trustbricks.registry.onboarding.OnboardingService;
import org.trustbricks.registry.onboarding.ReattestationAnswers;
import org.trustbricks.registry.onboarding.ReattestationScheduler;
import org.trustbricks.registry.onboarding.Reattestations;

/** Re-attestation: its API, its page actions, and the schedule that runs with the server. */
final class ReattestationRoutes {

    /** How often the schedule looks for devices to ask and for requests that ran out of time. */
    static final Duration SCHEDULE_INTERVAL = Duration.ofSeconds(30);

    private ReattestationRoutes() {
    }

    /** Registers everything; returns how requests are reached once the verifier runs. */
    static Supplier<Reattestations> register(JavalinConfig config, Database database, Clock clock, Supplier<LiveVerifier> verifier,
                         Supplier<OnboardingService> service, String publicUrl, DeviceEventHub hub) {
        var jdbi = database.jdbi();
        Devices devices = Devices.using(jdbi);
        AtomicReference<Reattestations> requests = new AtomicReference<>();
        Supplier<Reattestations> lazyRequests = () -> requests.updateAndGet(r -> r != null ? r
                : Reattestations.using(jdbi, verifier.get().nonces(), clock));
        Supplier<ReattestationAnswers> answers = () -> ReattestationAnswers.using(lazyRequests.get(), verifier.get(),
                service.get(), devices);
        hub.readRequestsWith(id -> lazyRequests.get().find(id));
        var api = new ReattestationApi(lazyRequests, answers, devices, AttestationStates.using(jdbi), publicUrl);
        api.register(config.routes);
        new ReattestationPages(api, lazyRequests).register(config.routes);
        Thread[] loop = new Thread[1];
        config.events.serverStarted(() -> loop[0] = Thread.ofVirtual().name("onboarding-reattestation")
                .start(() -> run(() -> ReattestationScheduler.using(jdbi, lazyRequests.get(), clock))));
        config.events.serverStopping(() -> {
            if (loop[0] != null) {
                loop[0].interrupt();
            }
        });
        return lazyRequests;
    }

    private static void run(Supplier<ReattestationScheduler> scheduler) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                scheduler.get().tick();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(ReattestationRoutes.class).warn("re-attestation schedule failed: {}", e.getMessage());
            }
            try {
                Thread.sleep(SCHEDULE_INTERVAL);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
