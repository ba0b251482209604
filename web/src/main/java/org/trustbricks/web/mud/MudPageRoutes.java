package org.trustbricks.web.mud;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.trustbricks.web.ui.Pages;

/** The pages of the MUD area (nav key "mud"). */
final class MudPageRoutes {

    private MudPageRoutes() {
    }

    static void register(RoutesConfig routes, MudCatalogue c, MudAccess access, Pages pages) {
    }

    static void devicePage(Context ctx, MudCatalogue c, MudAccess access, Pages pages, String manufacturer, String model) {
        throw org.trustbricks.web.system.ApiException.notFound("no page yet");
    }
}
