package org.trustbricks.web.registry;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.trustbricks.registry.access.InvalidRequestException;
import org.trustbricks.registry.access.NotPermittedException;
import org.trustbricks.registry.access.UnknownObjectException;
import org.trustbricks.registry.workflow.IllegalTransitionException;
import org.trustbricks.web.system.ApiProblem;
import org.trustbricks.web.system.ErrorHandling;
import org.trustbricks.web.ui.Pages;

/** Turns registry failures into problem answers: 403, 404, 409 with the reason, 422 with field messages. */
final class RegistryErrors {

    private RegistryErrors() {
    }

    static void register(RoutesConfig routes, Pages pages) {
        routes.exception(NotPermittedException.class, (e, ctx) -> ErrorHandling.answer(ctx, ApiProblem.of(403, "Forbidden", e.getMessage()), pages));
        routes.exception(UnknownObjectException.class, (e, ctx) -> ErrorHandling.answer(ctx, ApiProblem.of(404, "Not Found", e.getMessage()), pages));
        routes.exception(IllegalTransitionException.class, (e, ctx) -> ErrorHandling.answer(ctx, ApiProblem.of(409, "Conflict", e.getMessage()), pages));
        routes.exception(InvalidRequestException.class, (e, ctx) -> ErrorHandling.answer(ctx, new ApiProblem(422, "Unprocessable Content",
                e.getMessage(), e.problems().stream().map(p -> new ApiProblem.FieldError(p.field(), p.message())).toList()), pages));
    }

    static List<ApiProblem.FieldError> none() {
        return List.of();
    }
}
