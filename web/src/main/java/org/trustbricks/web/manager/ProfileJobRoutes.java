package org.trustbricks.web.manager;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.mudmanager.ProfileJob;
import org.trustbricks.web.Json;
import org.trustbricks.web.auth.CurrentUser;
import org.trustbricks.web.auth.LoginRoutes;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/**
 * Profile uploads as jobs: {@code POST /api/mud-manager/profile-jobs} answers 202 once the captures are stored, and
 * {@code GET …/{id}} reports progress (bytes, packets, flows) and then the profile. The page form posts to
 * {@code /mud-manager/profile} and lands on {@code /mud-manager/profile/jobs/{id}}, which polls its progress fragment.
 */
final class ProfileJobRoutes {

    private static final String API = ManagerApi.BASE + "/profile-jobs";
    private static final String PAGE = "/mud-manager/profile/jobs/";

    private ProfileJobRoutes() {
    }

    static void register(RoutesConfig routes, ProfileJobRunner runner, Pages pages) {
        routes.post(API, ctx -> {
            User user = CurrentUser.require(ctx);
            UUID id = runner.start(ctx, user.email());
            ctx.status(202).header("Location", API + "/" + id).json(ProfileJobRunner.view(runner.find(id.toString(), user.email())));
        });
        routes.get(API + "/{id}", ctx -> {
            User user = CurrentUser.require(ctx);
            ctx.json(ProfileJobRunner.view(runner.find(ctx.pathParam("id"), user.email())));
        });
        routes.post("/mud-manager/profile", ctx -> {
            User user = LoginRoutes.requirePageUser(ctx);
            try {
                UUID id = runner.start(ctx, user.email());
                ctx.redirect(PAGE + id, HttpStatus.SEE_OTHER);
            } catch (ApiException e) {
                ctx.status(e.problem().status());
                pages.render(ctx, "manager/profile.jte", ManagerPages.profileModel(ctx, e.getMessage()));
            }
        });
        routes.get(PAGE + "{id}", ctx -> {
            User user = LoginRoutes.requirePageUser(ctx);
            ProfileJob job = runner.find(ctx.pathParam("id"), user.email());
            Map<String, Object> model = model(job);
            model.put("page", Page.of(ctx, "Profile job", ManagerPages.NAV));
            pages.render(ctx, "manager/profileJob.jte", model);
        });
        routes.get(PAGE + "{id}/progress", ctx -> {
            User user = LoginRoutes.requirePageUser(ctx);
            pages.render(ctx, "manager/profileProgress.jte", model(runner.find(ctx.pathParam("id"), user.email())));
        });
    }

    private static Map<String, Object> model(ProfileJob job) {
        Map<String, Object> model = new HashMap<>();
        model.put("job", job);
        var result = ProfileJobRunner.result(job);
        model.put("result", result);
        String mud = "";
        if (result != null) {
            try {
                mud = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result.path("mud"));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                mud = result.path("mud").toString();
            }
        }
        model.put("mud", mud);
        model.put("download", mud.isEmpty() ? "" : "data:application/mud+json;base64,"
                + java.util.Base64.getEncoder().encodeToString(mud.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        model.put("percent", job.bytesTotal() == 0 ? 100 : (int) Math.min(100, job.bytesDone() * 100 / job.bytesTotal()));
        return model;
    }
}
