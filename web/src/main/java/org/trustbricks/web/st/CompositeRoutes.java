package org.trustbricks.web.st;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.registry.cert.CertificatePage;
import org.trustbricks.web.st.CompositeForm.PartForm;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/**
 * The composite builder: a form of parts (added with htmx, typed in or picked from the registry's certificates) and
 * the composition it gives. Parts picked from the registry get their certificate data again from it when composing.
 */
final class CompositeRoutes {

    private CompositeRoutes() {
    }

    static void register(RoutesConfig routes, Pages pages, RegistryParts registry) {
        routes.get("/st/compose", ctx -> page(ctx, pages, CompositeForm.empty(LocalDate.now(ZoneOffset.UTC).toString()), null));
        routes.get("/st/compose/part", ctx -> {
            int index = index(ctx.queryParam("index"));
            partFields(ctx, pages, index, PartForm.empty());
        });
        routes.get("/st/compose/registry", ctx -> {
            String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
            pages.render(ctx, "st/registryResults.jte", Map.of("query", q.strip(), "certificates", registry.search(q),
                    "tooLong", q.strip().length() > RegistryParts.MAX_QUERY));
        });
        routes.post("/st/compose/part", ctx -> {
            CompositeForm form = CompositeForm.from(ctx.formParamMap());
            String id = ctx.formParam("certificate");
            CertificatePage certificate = registry.certificate(id).orElse(null);
            if (certificate == null) {
                if (StPageRoutes.isHtmx(ctx)) {
                    ctx.header("HX-Retarget", "#registry-results").header("HX-Reswap", "innerHTML");
                } else {
                    ctx.status(404);
                }
                pages.render(ctx, "st/registryMissing.jte", Map.of("id", id == null ? "" : id));
                return;
            }
            List<String> taken = new ArrayList<>();
            for (int i = 0; i < form.parts().size(); i++) {
                taken.add(CompositeForm.partId(form.parts().get(i), i));
            }
            String partId = RegistryParts.partId(certificate.certificate().product(), taken);
            partFields(ctx, pages, nextIndex(ctx.formParamMap().keySet()), RegistryParts.part(certificate, partId, "", "", true));
        });
        routes.get("/st/compose/removed", ctx -> ctx.html(""));
        routes.post("/st/compose", ctx -> {
            CompositeForm typed = CompositeForm.from(ctx.formParamMap());
            CompositeForm form = typed.withParts(typed.parts().stream().map(p -> p.fromRegistry() ? registry.refresh(p) : p).toList());
            CompositeResult result = CompositeResult.of(form);
            if (StPageRoutes.isHtmx(ctx)) {
                pages.render(ctx, "st/composeResult.jte", Map.of("result", result));
            } else {
                page(ctx, pages, form, result);
            }
        });
    }

    private static void partFields(Context ctx, Pages pages, int index, PartForm part) {
        pages.render(ctx, "st/partFields.jte", Map.of("index", index, "part", part,
                "next", Math.min(index + 1, CompositeForm.MAX_PARTS), "oob", true));
    }

    private static void page(Context ctx, Pages pages, CompositeForm form, CompositeResult result) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "Build a composite", StPageRoutes.SECTION));
        model.put("form", form);
        model.put("result", result);
        pages.render(ctx, "st/compose.jte", model);
    }

    /** The index after the highest {@code part-<n>-} field the form holds (0 for none). */
    private static int nextIndex(java.util.Set<String> names) {
        int next = 0;
        for (String name : names) {
            java.util.regex.Matcher m = PART_INDEX.matcher(name);
            if (m.matches()) {
                next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
            }
        }
        return Math.min(next, CompositeForm.MAX_PARTS - 1);
    }

    private static final java.util.regex.Pattern PART_INDEX = java.util.regex.Pattern.compile("part-(\\d{1,3})-[a-z]+");

    private static int index(String raw) {
        try {
            int i = raw == null ? 0 : Integer.parseInt(raw);
            return Math.max(0, Math.min(i, CompositeForm.MAX_PARTS - 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
