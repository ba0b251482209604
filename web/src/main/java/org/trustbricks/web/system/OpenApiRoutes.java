package org.trustbricks.web.system;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI 3.1 description of the JSON API at {@code /openapi.yaml}. */
public final class OpenApiRoutes {

    /** Classpath location of the document. */
    public static final String RESOURCE = "/openapi.yaml";

    private OpenApiRoutes() {
    }

    /** Adds the route. */
    public static void register(RoutesConfig routes) {
        byte[] document = load();
        routes.get("/openapi.yaml", ctx -> ctx.contentType("application/yaml; charset=utf-8").result(document));
    }

    /** The document's bytes. */
    public static byte[] load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
