package org.trustbricks.web.mud;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.trustbricks.mud.sign.VerificationResult;
import org.trustbricks.registry.mud.Manufacturer;
import org.trustbricks.registry.mud.ModelSummary;
import org.trustbricks.registry.mud.Publication;
import org.trustbricks.registry.mud.SignerRecord;

/** Assembles the views shared by the API and the pages. */
final class Views {

    private Views() {
    }

    static ModelView model(Context ctx, MudCatalogue c, Manufacturer m, ModelSummary s, boolean withVersions) {
        Optional<Publication> p = s.published() ? c.files().publication(m.slug(), s.slug()) : Optional.empty();
        List<VersionView> versions = withVersions
                ? c.files().versions(m.slug(), s.slug()).stream().map(VersionView::of).toList() : List.of();
        return new ModelView(m.slug(), s.slug(), c.locations().mudUrl(ctx, m.slug(), s.slug()),
                c.locations().signatureUrl(ctx, m.slug(), s.slug()), s.latestVersion(), s.publishedVersion(),
                s.publishedAt(), p.map(pub -> signature(c, m, pub)).orElse(null), versions);
    }

    /** The published signature checked against the manufacturer's current trust anchor, now. */
    static VerificationResult signature(MudCatalogue c, Manufacturer m, Publication p) {
        List<java.security.cert.X509Certificate> anchors = c.signers().find(m).map(Signers::anchors).orElse(List.of());
        return c.mud().verify(p.content(), p.signature(), anchors, null);
    }

    static ApiRecords.PublicationView publication(Context ctx, MudCatalogue c, Manufacturer m, Publication p) {
        return new ApiRecords.PublicationView(m.slug(), p.modelSlug(), p.version(), c.locations().mudUrl(ctx, m.slug(), p.modelSlug()),
                c.locations().signatureUrl(ctx, m.slug(), p.modelSlug()), "\"" + HostedFiles.digest(p.content()) + "\"",
                p.cacheValidityHours(), p.publishedAt(), signature(c, m, p));
    }

    static SignerView signer(MudCatalogue c, Manufacturer m) {
        return c.signers().find(m).map(SignerView::of).orElse(null);
    }

    static boolean hasSigner(MudCatalogue c, Manufacturer m) {
        Optional<SignerRecord> r = c.signers().find(m);
        return r.isPresent();
    }
}
