package org.trustbricks.web.registry;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustbricks.registry.cert.Certificate;
import org.trustbricks.registry.cert.CertificateIds;
import org.trustbricks.registry.cert.CertificatePage;
import org.trustbricks.registry.cert.SearchQuery;
import org.trustbricks.registry.cert.SearchResult;
import org.trustbricks.registry.imports.Csv;
import org.trustbricks.registry.keys.Pem;
import org.trustbricks.registry.keys.SignedCertificateVerifier;
import org.trustbricks.registry.keys.VerificationResult;
import org.trustbricks.web.Services;
import org.trustbricks.web.auth.CurrentUser;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/** The public registry: search, certificate pages with QR code, signed documents, verification, CB certificates. */
public final class CertificateRoutes {

    /** Rows a CSV export holds at most. */
    static final int MAX_EXPORT = 100_000;

    private CertificateRoutes() {
    }

    /** Adds the routes (and the registry's error answers). */
    public static void register(RoutesConfig routes, Services services, Pages pages) {
        Registry registry = Registry.of(services);
        CertificatePageCache cache = new CertificatePageCache();
        RegistryErrors.register(routes, pages);
        routes.get("/registry", ctx -> {
            SearchQuery q = query(ctx);
            SearchResult result = registry.search().search(q);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("page", Page.of(ctx, "Certificate registry", "registry"));
            model.put("q", q);
            model.put("result", result);
            Map<String, List<String>> values = cache.filterValues(registry.certificates().version(), () -> Map.of(
                    "level", registry.search().values("level"), "cb", registry.search().values("cb"),
                    "lab", registry.search().values("lab")));
            model.put("levels", values.get("level"));
            model.put("cbs", values.get("cb"));
            model.put("labs", values.get("lab"));
            model.put("query", queryString(q));
            pages.render(ctx, "true".equals(ctx.header("HX-Request")) ? "registry/results.jte" : "registry/search.jte", model);
        });
        routes.get("/registry/certificates/{id}", ctx -> {
            long version = registry.certificates().version();
            CertificatePageCache.Facts f = facts(registry, cache, ctx.pathParam("id"), version);
            CertificatePage p = f.page();
            String self = base(ctx) + "/registry/certificates/" + p.certificate().id();
            Page page = Page.of(ctx, p.certificate().product(), "registry");
            if (page.signedIn() || !page.csrfToken().isEmpty()) {
                pages.render(ctx, "registry/certificate.jte", model(page, f, cache.qr(self), self,
                        CurrentUser.of(ctx).map(u -> canRecord(u, p.certificate())).orElse(false),
                        CurrentUser.of(ctx).map(u -> u.kind().name().equals("CERTIFICATION_BODY")
                                && u.organisationName().equals(p.certificate().certificationBody())).orElse(false)));
                return;
            }
            // the same for every anonymous visitor until the registry changes: served from memory, revalidated by ETag
            String etag = "\"r" + version + "\"";
            ctx.header("ETag", etag).header("Cache-Control", "no-cache").header("Vary", "Cookie");
            if (etag.equals(ctx.header("If-None-Match"))) {
                ctx.status(304);
                return;
            }
            pages.html(ctx, cache.anonymousHtml(self, version,
                    () -> pages.render("registry/certificate.jte", model(page, f, cache.qr(self), self, false, false))));
        });
        routes.get("/registry/certificates/{id}/qr.svg", ctx -> {
            String id = facts(registry, cache, ctx.pathParam("id"), registry.certificates().version()).page().certificate().id();
            ctx.contentType("image/svg+xml").header("Cache-Control", "public, max-age=86400")
                    .result(cache.qr(base(ctx) + "/registry/certificates/" + id));
        });
        routes.get("/registry/certificates/{id}/signed.jws", ctx -> signed(ctx, registry, cache));
        routes.get("/registry/verify", ctx -> pages.render(ctx, "registry/verify.jte",
                Map.of("page", Page.of(ctx, "Verify a certificate", "registry"), "cbs", registry.publishedCbCertificates())));
        routes.post("/registry/verify", ctx -> {
            byte[] file = Requests.upload(ctx.uploadedFile("file"), SignedCertificateVerifier.MAX_BYTES);
            if (file == null) {
                String pasted = ctx.formParam("document");
                file = pasted == null ? new byte[0] : pasted.getBytes(StandardCharsets.US_ASCII);
            }
            VerificationResult r = verifyAgainstPublished(registry, file);
            pages.render(ctx, "registry/verify-result.jte", Map.of("r", r));
        });
        routes.get("/registry/cbs", ctx -> pages.render(ctx, "registry/cbs.jte",
                Map.of("page", Page.of(ctx, "Certification body certificates", "registry"), "cbs", registry.publishedCbCertificates())));
        routes.get("/registry/cbs/{cbId}/certificate.pem", ctx -> pem(ctx, registry));

        routes.get("/api/registry/certificates", ctx -> ctx.json(registry.search().search(query(ctx))));
        routes.get("/api/registry/certificates.csv", ctx -> csv(ctx, registry));
        routes.get("/api/registry/certificates/{id}", ctx -> ctx.json(
                facts(registry, cache, ctx.pathParam("id"), registry.certificates().version()).page()));
        routes.get("/api/registry/certificates/{id}/signed", ctx -> signed(ctx, registry, cache));
        routes.post("/api/registry/verify", ctx -> ctx.json(verifyAgainstPublished(registry,
                Requests.limited(ctx, SignedCertificateVerifier.MAX_BYTES))));
        routes.get("/api/registry/cb-certificates", ctx -> ctx.json(registry.publishedCbCertificates()));
        routes.get("/api/registry/cb-certificates/{cbId}", ctx -> pem(ctx, registry));
    }

    private static boolean canRecord(org.trustbricks.registry.auth.User u, Certificate c) {
        return (u.kind().name().equals("CERTIFICATION_BODY") && u.organisationName().equals(c.certificationBody()))
                || (u.kind().name().equals("VENDOR") && u.organisationName().equals(c.vendor()));
    }

    /** Verifies against the published certificate of the CB whose key id the document names, when there is one. */
    static VerificationResult verifyAgainstPublished(Registry registry, byte[] file) {
        VerificationResult unpinned = SignedCertificateVerifier.verify(file, null);
        return registry.publishedCbCertificates().stream().filter(c -> c.keyId().equals(unpinned.keyId())).findFirst()
                .map(c -> SignedCertificateVerifier.verify(file, Pem.certificate(c.certificatePem())))
                .orElse(unpinned.valid() ? new VerificationResult(false, false, unpinned.certificateId(), unpinned.product(),
                        unpinned.certificationBody(), unpinned.signer(), unpinned.keyId(),
                        List.of("the signer is not a certification body of this registry"), unpinned.document()) : unpinned);
    }

    private static Map<String, Object> model(Page page, CertificatePageCache.Facts f, String qr, String self,
                                             boolean canRecord, boolean canResolve) {
        return Map.of("page", page, "p", f.page(), "qr", qr, "self", self, "signed", f.signed(),
                "canRecord", canRecord, "canResolve", canResolve);
    }

    /** The page facts of a certificate as of the registry version, from the cache when they are current. */
    private static CertificatePageCache.Facts facts(Registry registry, CertificatePageCache cache, String id, long version) {
        if (!CertificateIds.isPlausible(id)) {
            throw ApiException.notFound("there is no certificate " + id.replaceAll("[^A-Za-z0-9._-]", "?"));
        }
        return cache.facts(id, version, () -> registry.certificates().page(id).map(p -> new CertificatePageCache.Facts(version, p,
                        registry.certificates().signedDocument(p.certificate().id()).isPresent())))
                .orElseThrow(() -> ApiException.notFound("there is no certificate " + id));
    }

    private static void signed(Context ctx, Registry registry, CertificatePageCache cache) {
        String id = facts(registry, cache, ctx.pathParam("id"), registry.certificates().version()).page().certificate().id();
        String jws = registry.certificates().signedDocument(id)
                .orElseThrow(() -> ApiException.notFound(id + " was imported from another registry; it has no signed document here"));
        ctx.contentType("application/jose").header("Content-Disposition", "attachment; filename=\"" + id + ".jws\"").result(jws);
    }

    private static void pem(Context ctx, Registry registry) {
        long cb = Requests.pathId(ctx, "cbId");
        var c = registry.publishedCbCertificates().stream().filter(x -> x.cbId() == cb).findFirst()
                .orElseThrow(() -> ApiException.notFound("no published certificate for certification body " + cb));
        ctx.contentType("application/x-pem-file").header("Content-Disposition", "attachment; filename=\"cb-" + cb + ".pem\"")
                .result(c.certificatePem());
    }

    private static void csv(Context ctx, Registry registry) throws java.io.IOException {
        SearchQuery q = query(ctx);
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"registry.csv\"");
        try (Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
            w.write(Csv.line(List.of("Cert. ID", "Issue Date", "Product", "Version", "Developer", "Evaluator", "Certification Body",
                    "Compliance", "Standard", "Status", "Valid Until", "Profiles", "SFRs", "Parts")));
            registry.search().export(q, MAX_EXPORT, c -> {
                try {
                    w.write(Csv.line(List.of(c.id(), String.valueOf(c.issued() == null ? "" : c.issued()), c.product(), c.productVersion(),
                            c.vendor(), c.laboratory(), c.certificationBody(), c.level(), c.methodology(), c.status().name(),
                            c.validUntil() == null ? "" : c.validUntil().toString(), String.join("; ", c.profiles()),
                            String.join("; ", c.sfrs()), String.join("; ", c.parts()))));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    static SearchQuery query(Context ctx) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        int page = (int) Math.min(Integer.MAX_VALUE, optionalNumber(ctx.queryParam("page"), "page", 1, errors));
        int size = (int) Math.min(Integer.MAX_VALUE, optionalNumber(ctx.queryParam("pageSize"), "pageSize", 20, errors));
        if (page > 10_000) {
            errors.add(new ApiProblem.FieldError("page", "page must be at most 10000"));
        }
        var from = Requests.date(ctx.queryParam("issuedFrom"), "issuedFrom", errors);
        var to = Requests.date(ctx.queryParam("issuedTo"), "issuedTo", errors);
        Requests.check(errors);
        return new SearchQuery(ctx.queryParam("q"), ctx.queryParam("level"), ctx.queryParam("status"), ctx.queryParam("cb"),
                ctx.queryParam("lab"), ctx.queryParam("profile"), from, to, ctx.queryParam("sort"), page, size);
    }

    private static long optionalNumber(String v, String field, long dflt, List<ApiProblem.FieldError> errors) {
        return v == null || v.isBlank() ? dflt : Requests.number(v, field, errors);
    }

    static String queryString(SearchQuery q) {
        StringBuilder b = new StringBuilder();
        add(b, "q", q.text());
        add(b, "level", q.level());
        add(b, "status", q.status());
        add(b, "cb", q.cb());
        add(b, "lab", q.lab());
        add(b, "profile", q.profile());
        add(b, "issuedFrom", q.issuedFrom() == null ? "" : q.issuedFrom().toString());
        add(b, "issuedTo", q.issuedTo() == null ? "" : q.issuedTo().toString());
        add(b, "sort", q.sort().equals("newest") ? "" : q.sort());
        return b.toString();
    }

    private static void add(StringBuilder b, String k, String v) {
        if (v != null && !v.isEmpty()) {
            b.append(b.isEmpty() ? "" : "&").append(k).append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
        }
    }

    static String base(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }
}
