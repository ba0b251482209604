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

    /** Adds the routes and starts the event listener and webhook dispatcher with the server. */
    public static void register(JavalinConfig config, Services services, Pages pages) {
        Devices devices = Devices.using(services.database().jdbi());
        DeviceEventHub hub = new DeviceEventHub(devices);
        WebhookDispatcher dispatcher = new WebhookDispatcher(Webhooks.using(services.database().jdbi()), services.clock());
        DeviceEventListener[] listener = new DeviceEventListener[1];
        config.events.serverStarted(() -> {
            listener[0] = DeviceEventListener.start(services.database().dataSource(), hub::publish);
            dispatcher.start();
        });
        config.events.serverStopping(() -> {
            hub.closeAll();
            dispatcher.close();
            if (listener[0] != null) {
                listener[0].close();
            }
        });
        var routes = config.routes;
        var api = new OnboardingApi(devices, SitePolicies.using(services.database().jdbi()),
                Webhooks.using(services.database().jdbi()));
        api.register(routes);
        routes.sse("/api/onboarding/events", client -> {
            requireAdministrator(client.ctx());
            client.keepAlive();
            hub.add(client);
        });
        new OnboardingPages(devices, SitePolicies.using(services.database().jdbi()), pages).register(routes);
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
