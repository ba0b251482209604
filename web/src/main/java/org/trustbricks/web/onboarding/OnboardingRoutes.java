package org.trustbricks.web.onboarding;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.onboarding.DeviceEventListener;
import org.trustbricks.registry.onboarding.Devices;
import org.trustbricks.registry.onboarding.SitePolicies;
import org.trustbricks.registry.onboarding.Webhooks;
import org.trustbricks.web.Services;
import org.trustbricks.web.auth.CurrentUser;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.ui.Pages;

/** The onboarding area: device inventory, site policy, webhooks and the live event stream. */
public final class OnboardingRoutes {

    private OnboardingRoutes() {
    }

    /** How often platform certificates are checked for changes that re-evaluate devices. */
    static final java.time.Duration WATCH_INTERVAL = java.time.Duration.ofSeconds(2);

    /** Adds the routes and starts the event listener, webhook dispatcher and lifecycle watcher with the server. */
    public static void register(JavalinConfig config, Services services, Pages pages,
                                java.util.function.Supplier<org.trustbricks.registry.attestation.LiveVerifier> verifier,
                                org.trustbricks.web.WebSettings settings) {
        String publicUrl = settings.publicUrl();
        Devices devices = Devices.using(services.database().jdbi());
        DeviceEventHub hub = new DeviceEventHub(devices);
        WebhookDispatcher dispatcher = new WebhookDispatcher(Webhooks.using(services.database().jdbi()), services.clock());
        DeviceEventListener[] listener = new DeviceEventListener[1];
        var watcher = org.trustbricks.registry.onboarding.LifecycleWatcher.using(services.database().jdbi(), services.clock());
        Thread[] watch = new Thread[1];
        config.events.serverStarted(() -> {
            listener[0] = DeviceEventListener.start(services.database().dataSource(), hub::publish);
            dispatcher.start();
            watch[0] = Thread.ofVirtual().name("onboarding-lifecycle").start(() -> watchLoop(watcher));
        });
        config.events.serverStopping(() -> {
            hub.closeAll();
            dispatcher.close();
            if (watch[0] != null) {
                watch[0].interrupt();
            }
            if (listener[0] != null) {
                listener[0].close();
            }
        });
        var routes = config.routes;
        var api = new OnboardingApi(devices, SitePolicies.using(services.database().jdbi()),
                Webhooks.using(services.database().jdbi())).onPolicyChange(watcher::policyChanged)
                .withAttestationStates(org.trustbricks.registry.onboarding.AttestationStates.using(services.database().jdbi()));
        api.register(routes);
        routes.sse("/api/onboarding/events", client -> {
            requireAdministrator(client.ctx());
            client.keepAlive();
            hub.add(client);
        });
        var fetch = settings.mudFetch();
        java.util.concurrent.atomic.AtomicReference<org.trustbricks.registry.onboarding.OnboardingService> service =
                new java.util.concurrent.atomic.AtomicReference<>();
        java.util.function.Supplier<org.trustbricks.registry.onboarding.OnboardingService> onboarding = () -> service.updateAndGet(
                s -> s != null ? s : org.trustbricks.registry.onboarding.Onboarding
                        .service(services.database().jdbi(), verifier.get(), fetch, services.clock()));
        var reattestations = ReattestationRoutes.register(config, services.database(), services.clock(),
                verifier, onboarding, publicUrl, hub);
        new OnboardingPages(devices, SitePolicies.using(services.database().jdbi()), pages, watcher)
                .withReattestation(reattestations, org.trustbricks.registry.onboarding.AttestationStates.using(services.database().jdbi()))
                .register(routes);
        new DeviceOnboardingApi(onboarding, publicUrl).register(routes);
        new SiteApi(org.trustbricks.registry.onboarding.SiteFiles.using(services.database().jdbi())).register(routes);
        new SitePages(org.trustbricks.registry.onboarding.SiteFiles.using(services.database().jdbi()), pages).register(routes);
    }

    private static void watchLoop(org.trustbricks.registry.onboarding.LifecycleWatcher watcher) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                watcher.tick();
                Thread.sleep(WATCH_INTERVAL);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(OnboardingRoutes.class).warn("lifecycle check failed: {}", e.getMessage());
                try {
                    Thread.sleep(WATCH_INTERVAL);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /** The site's administrators are the scheme owner's people; everyone else is refused. */
    static User requireAdministrator(Context ctx) {
        User user = CurrentUser.require(ctx);
        if (user.kind() != OrganisationKind.SCHEME_OWNER) {
            throw ApiException.forbidden("only the platform's administrators (scheme owner) manage onboarding");
        }
        return user;
    }
}
