package org.trustbricks.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trustbricks.web.testing.TestServer;

/** Every registered API route is described in openapi.yaml, and the document itself is valid OpenAPI 3.1. */
class OpenApiContractTest {

    private static OpenAPI parse() {
        String yaml = new String(OpenApiRoutes.load(), StandardCharsets.UTF_8);
        SwaggerParseResult result = new OpenAPIParser().readContents(yaml, null, null);
        assertThat(result.getMessages()).as("OpenAPI parser messages").isEmpty();
        return result.getOpenAPI();
    }

    @Test
    void the_document_parses_without_messages() {
        assertThat(parse().getOpenapi()).startsWith("3.1");
    }

    @Test
    void every_registered_api_route_is_documented_with_its_method() {
        OpenAPI api = parse();
        List<String> missing = new ArrayList<>();
        try (TestServer server = TestServer.start()) {
            for (var endpoint : server.server().app().unsafe.internalRouter.allHttpHandlers()) {
                String path = endpoint.endpoint.path;
                String method = endpoint.endpoint.method.name().toLowerCase(Locale.ROOT);
                boolean documentedKind = path.startsWith("/api/") || List.of("/health", "/ready", "/metrics", "/openapi.yaml").contains(path);
                if (!documentedKind || method.equals("before") || method.equals("after")) {
                    continue;
                }
                PathItem item = api.getPaths().get(path);
                if (item == null || item.readOperationsMap().keySet().stream()
                        .noneMatch(m -> m.name().toLowerCase(Locale.ROOT).equals(method))) {
                    missing.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        assertThat(missing).as("routes registered but missing from openapi.yaml").isEmpty();
    }
}
