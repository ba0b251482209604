package org.trustbricks.web.ui;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the precompiled jte templates into responses. */
public final class Pages {

    private final TemplateEngine engine;

    private Pages(TemplateEngine engine) {
        this.engine = engine;
    }

    /** Uses the template classes generated at build time. */
    public static Pages precompiled() {
        return new Pages(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    /** Renders a template to a string. */
    @SuppressWarnings("unchecked")
    public String render(String template, Map<String, ?> params) {
        StringOutput out = new StringOutput();
        engine.render(template, (Map<String, Object>) params, out);
        return out.toString();
    }

    /** Renders a template as the HTML response. */
    public void render(Context ctx, String template, Map<String, ?> params) {
        html(ctx, render(template, params));
    }

    /** Sends already rendered HTML as the response, with the same security headers as a rendered page. */
    public void html(Context ctx, String html) {
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .html(html);
    }
}
