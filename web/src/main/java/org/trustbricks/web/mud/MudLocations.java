package org.trustbricks.web.mud;

import io.javalin.http.Context;

/**
 * Where published files live: {@code {base}/mud/{manufacturer}/{model}.json} and the signature beside it with
 * {@code .p7s}. The base is the platform's public URL when it is https, else {@code https://localhost:{port}}, because
 * RFC 8520 requires https MUD URLs (serve the platform behind a TLS proxy in production).
 */
final class MudLocations {

    private final String publicUrl;

    MudLocations(String publicUrl) {
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.replaceAll("/+$", "");
    }

    String base(Context ctx) {
        if (publicUrl != null && publicUrl.startsWith("https://")) {
            return publicUrl;
        }
        return "https://localhost:" + ctx.req().getLocalPort();
    }

    static String path(String manufacturer, String model, String extension) {
        return "/mud/" + manufacturer + "/" + model + extension;
    }

    String mudUrl(Context ctx, String manufacturer, String model) {
        return base(ctx) + path(manufacturer, model, ".json");
    }

    String signatureUrl(Context ctx, String manufacturer, String model) {
        return base(ctx) + path(manufacturer, model, ".p7s");
    }
}
