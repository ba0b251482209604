package org.trustbricks.web.manager;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.mudmanager.learn.AdministratorEntry;
import org.trustbricks.mudmanager.learn.CertificateMudUrl;
import org.trustbricks.mudmanager.learn.DhcpMudUrl;
import org.trustbricks.mudmanager.learn.Learned;
import org.trustbricks.mudmanager.learn.LldpMudUrl;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.site.SiteDevice;
import org.trustbricks.mudmanager.site.SiteReader;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.mudmanager.DeviceBinding;
import org.trustbricks.registry.mudmanager.DeviceIndex;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;
import org.trustbricks.web.system.ErrorHandling;
import org.trustbricks.web.ui.Page;
import org.trustbricks.web.ui.Pages;

/**
 * The per-site device index (administrators): {@code /api/mud-manager/sites/{site}/devices} and the page
 * {@code /mud-manager/devices}. Bindings are entered by hand or learned from a DHCP message, an LLDPDU or an IEEE
 * 802.1AR certificate.
 */
final class DeviceIndexRoutes {

    private static final String API = ManagerApi.BASE + "/sites/{site}/devices";
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    /** Largest learned message (base64 of a DHCP message, LLDPDU or certificate). */
    static final int MAX_MESSAGE = 64 * 1024;

    private DeviceIndexRoutes() {
    }

    /** A binding typed by an administrator. */
    record Entry(String name, String mac, String address, String mudUrl) {
    }

    /** A binding learned from a message: channel dhcpv4, dhcpv6, lldp or certificate; the message in base64. */
    record Learn(String name, String channel, String message, String sourceMac) {
    }

    static void register(RoutesConfig routes, DeviceIndex index, Pages pages) {
        routes.get(API, ctx -> {
            Administrators.require(ctx);
            ctx.json(index.list(site(ctx)));
        });
        routes.post(API, ctx -> {
            User user = Administrators.require(ctx);
            Entry e = ManagerInputs.json(ctx, Entry.class);
            String name = name(e.name());
            ctx.status(201).json(store(index, site(ctx), name, AdministratorEntry.of(e.mac(), e.address(), e.mudUrl()), user));
        });
        routes.post(API + "/learn", ctx -> {
            User user = Administrators.require(ctx);
            Learn l = ManagerInputs.json(ctx, Learn.class);
            String name = name(l.name());
            ctx.status(201).json(store(index, site(ctx), name, learn(l), user));
        });
        routes.delete(API + "/{id}", ctx -> {
            User user = Administrators.require(ctx);
            if (!index.remove(site(ctx), id(ctx), user.email())) {
                throw ApiException.notFound("no such device in site " + site(ctx));
            }
            ctx.status(204);
        });
        routes.get("/mud-manager/devices", ctx -> {
            Administrators.requirePage(ctx);
            render(ctx, pages, index, ctx.queryParam("site"), "", List.of());
        });
        routes.post("/mud-manager/devices", ctx -> {
            User user = Administrators.requirePage(ctx);
            String site = ctx.formParam("site");
            String error = "";
            List<Finding> findings = List.of();
            try {
                Learned learned = AdministratorEntry.of(ctx.formParam("mac"), ctx.formParam("address"), ctx.formParam("mudUrl"));
                findings = learned.findings();
                store(index, checkedSite(site), name(ctx.formParam("name")), learned, user);
            } catch (ApiException | RejectedInputException e) {
                ctx.status(e instanceof ApiException a ? a.problem().status() : 422);
                error = e.getMessage();
            }
            render(ctx, pages, index, site, error, findings);
        });
        routes.post("/mud-manager/devices/learn", ctx -> {
            User user = Administrators.requirePage(ctx);
            String site = ctx.formParam("site");
            String error = "";
            List<Finding> findings = List.of();
            try {
                String pem = ctx.formParam("certificate");
                if (pem == null || pem.isBlank() || pem.length() > MAX_MESSAGE) {
                    throw ApiException.badRequest("paste the device's 802.1AR certificate (PEM, at most 64 KiB)");
                }
                Learned learned = CertificateMudUrl.fromCertificate(pem.strip().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                findings = learned.findings();
                store(index, checkedSite(site), name(ctx.formParam("name")), learned, user);
            } catch (ApiException | RejectedInputException e) {
                ctx.status(e instanceof ApiException a ? a.problem().status() : 422);
                error = e.getMessage();
            }
            render(ctx, pages, index, site, error, findings);
        });
        routes.post("/mud-manager/devices/{id}/remove", ctx -> {
            User user = Administrators.requirePage(ctx);
            String site = checkedSite(ctx.formParam("site"));
            index.remove(site, id(ctx), user.email());
            ctx.redirect("/mud-manager/devices?site=" + java.net.URLEncoder.encode(site, java.nio.charset.StandardCharsets.UTF_8), io.javalin.http.HttpStatus.SEE_OTHER);
        });
    }

    /** The indexed devices of the site a site file names (none when the file cannot be read). */
    static List<SiteDevice> siteDevices(DeviceIndex index, byte[] siteYaml) {
        String site;
        try {
            site = SiteReader.read(siteYaml).name();
        } catch (MalformedInputException e) {
            return List.of();
        }
        List<SiteDevice> out = new ArrayList<>();
        for (DeviceBinding b : index.list(site)) {
            List<Prefix> addresses = new ArrayList<>();
            if (b.address() != null) {
                try {
                    addresses.add(Prefix.parse(b.address()));
                } catch (IllegalArgumentException notAnAddress) {
                    addresses.clear();
                }
            }
            out.add(new SiteDevice(b.name(), b.mac(), addresses, b.mudUrl()));
        }
        return out;
    }

    private static void render(Context ctx, Pages pages, DeviceIndex index, String site, String error, List<Finding> findings) {
        String chosen = site != null && site.matches(NAME) ? site : "";
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "Device index", ManagerPages.NAV));
        model.put("sites", index.sites());
        model.put("site", chosen);
        model.put("devices", chosen.isEmpty() ? List.of() : index.list(chosen));
        model.put("error", error);
        model.put("findings", findings);
        pages.render(ctx, "manager/devices.jte", model);
    }

    private static DeviceBinding store(DeviceIndex index, String site, String name, Learned learned, User user) {
        var binding = learned.usable().orElseThrow(() -> ManagerApi.rejected(
                "the binding cannot be used: " + learned.findings().stream().filter(Finding::isError)
                        .map(Finding::message).findFirst().orElse("the message carries no MUD URL"), learned.findings()));
        return index.put(site, name, binding, user.email()).orElseThrow(() -> ApiException.conflict(
                "the site already indexes " + DeviceIndex.MAX_PER_SITE + " devices; remove some first"));
    }

    private static Learned learn(Learn l) {
        if (l.message() == null || l.message().isBlank()) {
            throw ApiException.badRequest("give the message in base64", ErrorHandling.field("/message", "required"));
        }
        if (l.message().length() > MAX_MESSAGE) {
            throw ApiException.badRequest("the message is too large", ErrorHandling.field("/message", "at most " + MAX_MESSAGE + " characters"));
        }
        byte[] b;
        try {
            b = Base64.getDecoder().decode(l.message().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("the message is not base64", ErrorHandling.field("/message", "not base64"));
        }
        return switch (l.channel() == null ? "" : l.channel().toLowerCase(Locale.ROOT)) {
            case "dhcpv4" -> DhcpMudUrl.fromDhcpv4(b, 0, b.length);
            case "dhcpv6" -> DhcpMudUrl.fromDhcpv6(b, 0, b.length);
            case "lldp" -> LldpMudUrl.fromLldpdu(b, 0, b.length, l.sourceMac());
            case "certificate" -> CertificateMudUrl.fromCertificate(b);
            default -> throw ApiException.badRequest("channel must be dhcpv4, dhcpv6, lldp or certificate",
                    List.of(new ApiProblem.FieldError("/channel", "unknown channel")));
        };
    }

    private static String site(Context ctx) {
        return checkedSite(ctx.pathParam("site"));
    }

    private static String checkedSite(String site) {
        if (site == null || !site.matches(NAME)) {
            throw ApiException.badRequest("the site name is letters, digits, '.', '_' and '-' (at most 100)",
                    ErrorHandling.field("/site", "malformed"));
        }
        return site;
    }

    private static String name(String name) {
        if (name == null || !name.matches(NAME)) {
            throw ApiException.badRequest("the device name is letters, digits, '.', '_' and '-' (at most 100)",
                    ErrorHandling.field("/name", "malformed"));
        }
        return name;
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no such device");
        }
    }
}
