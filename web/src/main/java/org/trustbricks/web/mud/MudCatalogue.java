package org.trustbricks.web.mud;

import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.trustbricks.common.Finding;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.mud.Mode;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.MudReport;
import org.trustbricks.mud.MudValidator;
import org.trustbricks.mud.build.InvalidMudSpecException;
import org.trustbricks.mud.repair.RepairChange;
import org.trustbricks.mud.repair.RepairResult;
import org.trustbricks.mud.sign.SigningKey;
import org.trustbricks.mud.sign.UnableToSignException;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.mud.Manufacturer;
import org.trustbricks.registry.mud.MudFiles;
import org.trustbricks.registry.mud.MudVersion;
import org.trustbricks.registry.mud.NewVersion;
import org.trustbricks.registry.mud.Publication;
import org.trustbricks.web.system.ApiException;

/**
 * The MUD file service behind the API and the pages: stores builder output and uploads as versions (only strictly
 * valid files, pointed at their MUD URL), and publishes a version by signing its exact bytes.
 */
final class MudCatalogue {

    /** The code the validator gives input that is not a readable JSON document within the limits. */
    static final String MALFORMED = "MUD-MALFORMED";
    private static final UntrustedJson READER = UntrustedJson.withLimits(MudValidator.MAX_BYTES, MudValidator.MAX_DEPTH);

    private final Supplier<Mud> mud;
    private final MudFiles files;
    private final Signers signers;
    private final HostedFiles hosted;
    private final MudLocations locations;
    private final Clock clock;

    MudCatalogue(Supplier<Mud> mud, MudFiles files, Signers signers, HostedFiles hosted, MudLocations locations, Clock clock) {
        this.mud = mud;
        this.files = files;
        this.signers = signers;
        this.hosted = hosted;
        this.locations = locations;
        this.clock = clock;
    }

    Mud mud() {
        return mud.get();
    }

    MudFiles files() {
        return files;
    }

    Signers signers() {
        return signers;
    }

    MudLocations locations() {
        return locations;
    }

    Manufacturer manufacturer(String slug) {
        return (Slugs.valid(slug) ? files.manufacturer(slug) : Optional.<Manufacturer>empty())
                .orElseThrow(() -> ApiException.notFound("there is no manufacturer \"" + slug + "\""));
    }

    /** Builds a file from plain concepts and stores it as the model's next version. */
    MudVersion build(Context ctx, User actor, Manufacturer m, String modelSlug, BuildRequest request) {
        String url = locations.mudUrl(ctx, m.slug(), modelSlug);
        byte[] json;
        try {
            json = mud.get().build(request.toSpec(url, m.name(), modelSlug, clock.instant()));
        } catch (InvalidMudSpecException e) {
            throw MudRejection.of("the description does not make a valid MUD file", e.findings());
        }
        MudReport report = mud.get().validate(json, Mode.STRICT, url);
        return files.addVersion(m, modelSlug, new NewVersion(MudVersion.Origin.BUILDER, json, VersionView.write(request),
                report.valid(), VersionView.write(report.findings()), "[]"), actor.email());
    }

    /**
     * Stores an uploaded file as the model's next version if it validates strictly at its MUD URL, after the legacy
     * repair ({@code repair}) and pointing it at its MUD URL ({@code adoptUrl}) when asked.
     */
    MudVersion upload(Context ctx, User actor, Manufacturer m, String modelSlug, byte[] body, boolean repair, boolean adoptUrl) {
        if (body.length > MudValidator.MAX_BYTES) {
            throw ApiException.tooLarge(MudValidator.MAX_BYTES);
        }
        String url = locations.mudUrl(ctx, m.slug(), modelSlug);
        byte[] content = body;
        List<RepairChange> changes = new ArrayList<>();
        MudVersion.Origin origin = MudVersion.Origin.UPLOAD;
        if (repair) {
            RepairResult r = mud.get().repair(body);
            if (!r.refusals().isEmpty() || r.json().isEmpty()) {
                throw MudRejection.withOffer("the file cannot be repaired mechanically", r.report().findings(),
                        new MudRejection.RepairOffer(r.changes(), r.refusals(), false), null);
            }
            if (!r.changes().isEmpty()) {
                content = r.json().getBytes(StandardCharsets.UTF_8);
                changes.addAll(r.changes());
                origin = MudVersion.Origin.REPAIRED_UPLOAD;
            }
        }
        if (adoptUrl) {
            UrlAdoption.Result a = UrlAdoption.adopt(content, url, locations.signatureUrl(ctx, m.slug(), modelSlug));
            content = a.content();
            changes.addAll(a.changes());
        }
        MudReport report = mud.get().validate(content, Mode.STRICT, url);
        if (!report.valid()) {
            throw rejection(body, report, repair);
        }
        return files.addVersion(m, modelSlug, new NewVersion(origin, content, null, true, VersionView.write(report.findings()),
                VersionView.write(changes)), actor.email());
    }

    private MudRejection rejection(byte[] body, MudReport report, boolean repairTried) {
        boolean malformed = report.findings().stream().anyMatch(f -> f.code().equals(MALFORMED));
        if (repairTried || malformed) {
            return MudRejection.of("the file is not a valid MUD file (RFC 8520); nothing was stored", report.findings());
        }
        RepairResult r = mud.get().repair(body);
        MudRejection.RepairOffer offer = r.changes().isEmpty() && r.refusals().isEmpty() ? null
                : new MudRejection.RepairOffer(r.changes(), r.refusals(), r.repaired());
        return MudRejection.withOffer("the file is not a valid MUD file (RFC 8520); nothing was stored"
                + (offer != null && offer.repairedValid() ? "; the legacy repair would fix it: send it again with repair=true" : ""),
                report.findings(), offer, mud.get().validate(body, Mode.LENIENT));
    }

    /** Signs a stored version's exact bytes and serves it at the model's MUD URL. */
    Publication publish(Context ctx, User actor, Manufacturer m, String modelSlug, int version) {
        MudVersion v = files.version(m.slug(), modelSlug, version).orElseThrow(
                () -> ApiException.notFound("there is no version " + version + " of " + m.slug() + "/" + modelSlug));
        String url = locations.mudUrl(ctx, m.slug(), modelSlug);
        MudReport report = mud.get().validate(v.content(), Mode.STRICT, url);
        if (!report.valid()) {
            throw MudRejection.of("version " + version + " is not valid at " + url + " and cannot be published", report.errors());
        }
        String signatureUrl = locations.signatureUrl(ctx, m.slug(), modelSlug);
        JsonFields fields = JsonFields.of(v.content());
        if (!signatureUrl.equals(fields.resolvedSignature(url))) {
            throw MudRejection.of("the file's mud-signature must point at " + signatureUrl + ", where this service serves the signature",
                    List.of(Finding.error("MUD-HOST-SIGNATURE-URL", "/ietf-mud:mud/mud-signature", "mud-signature resolves to "
                            + fields.resolvedSignature(url) + ", not " + signatureUrl, "upload it again with adoptUrl=true")));
        }
        byte[] signature;
        try {
            SigningKey key = signers.signingKey(m).orElseThrow(() -> ApiException.conflict(
                    "set up a signer for " + m.name() + " first (generate one, upload one, or name a PKCS#11 key)"));
            signature = mud.get().sign(v.content(), key);
        } catch (UnableToSignException e) {
            throw ApiException.conflict("the file cannot be signed: " + e.getMessage());
        }
        Publication p = files.publish(m.slug(), modelSlug, version, v.content(), signature, fields.cacheValidity(), actor.email());
        hosted.refresh(p.key());
        return p;
    }

    /** The two fields publication needs from a stored (valid) file. */
    record JsonFields(String signature, int cacheValidity) {
        static JsonFields of(byte[] content) {
            try {
                var mudNode = READER.read(content).path("ietf-mud:mud");
                return new JsonFields(mudNode.path("mud-signature").asText(null), mudNode.path("cache-validity").asInt(48));
            } catch (MalformedInputException e) {
                return new JsonFields(null, 48);
            }
        }

        String resolvedSignature(String mudUrl) {
            try {
                return signature == null ? null : URI.create(mudUrl).resolve(signature).toString();
            } catch (IllegalArgumentException e) {
                return signature;
            }
        }
    }
}
