package org.trustbricks.web.st;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trustbricks.registry.cert.Certificate;
import org.trustbricks.registry.cert.CertificatePage;
import org.trustbricks.registry.cert.CertificateStatus;
import org.trustbricks.registry.cert.SearchQuery;
import org.trustbricks.web.Services;
import org.trustbricks.web.registry.Registry;
import org.trustbricks.web.st.CompositeForm.PartForm;

/**
 * Parts of a composite taken from this registry's certificates: a search over active certificates, and a
 * certificate's data (level, SFRs, profiles, CB, validity, status) as a part of the composite builder.
 */
final class RegistryParts {

    /** Most certificates one search shows. */
    static final int MAX_RESULTS = 10;
    /** Longest search text accepted. */
    static final int MAX_QUERY = 200;

    private final Registry registry;

    private RegistryParts(Registry registry) {
        this.registry = registry;
    }

    static RegistryParts of(Services services) {
        return new RegistryParts(Registry.of(services));
    }

    /** Active certificates whose id is the text, or whose product, vendor or SFRs contain its words; empty for blank text. */
    List<Certificate> search(String text) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty() || q.length() > MAX_QUERY) {
            return List.of();
        }
        List<Certificate> out = new ArrayList<>();
        registry.certificates().find(q.toUpperCase(Locale.ROOT))
                .filter(c -> c.status() == CertificateStatus.ACTIVE).ifPresent(out::add);
        for (Certificate c : registry.search().search(new SearchQuery(q, "", "ACTIVE", "", "", "", null, null, "relevance", 1,
                MAX_RESULTS)).items()) {
            if (out.stream().noneMatch(o -> o.id().equals(c.id()))) {
                out.add(c);
            }
        }
        return out.size() > MAX_RESULTS ? out.subList(0, MAX_RESULTS) : out;
    }

    /** The certificate with its vulnerability state, when the registry knows the id. */
    Optional<CertificatePage> certificate(String id) {
        String trimmed = id == null ? "" : id.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_QUERY) {
            return Optional.empty();
        }
        return registry.certificates().page(trimmed);
    }

    /**
     * The part a registry certificate describes. The integrated version is the certified one unless the caller gives
     * another; the certificate's assumptions become one environment objective passed on to the product.
     */
    static PartForm part(CertificatePage page, String partId, String version, String uses, boolean passOn) {
        Certificate c = page.certificate();
        String objectives = c.assumptions() == null || c.assumptions().isBlank() ? ""
                : "OE." + c.id() + "-ASSUMPTIONS: " + c.assumptions().strip().replaceAll("\\s*\\R\\s*", " ");
        return new PartForm(partId, c.product(), version == null || version.isBlank() ? nonNull(c.productVersion()) : version,
                c.id(), nonNull(c.level()), nonNull(c.productVersion()), status(page), date(c.issued()), date(c.validUntil()),
                String.join("\n", c.sfrs()), objectives, uses == null ? "" : uses, passOn, nonNull(c.scheme()),
                nonNull(c.certificationBody()), nonNull(c.laboratory()), String.join(", ", c.profiles()), c.id());
    }

    /** The part with its certificate data taken again from the registry (what the user typed for the part stays). */
    PartForm refresh(PartForm typed) {
        return certificate(typed.registry())
                .map(p -> {
                    PartForm fresh = part(p, typed.id(), typed.version(), typed.uses(), typed.passOn());
                    return typed.objectives().isBlank() ? fresh : withObjectives(fresh, typed.objectives());
                })
                .orElse(typed);
    }

    /**
     * The builder form an API request amounts to, every part filled from its registry certificate; a 422 problem
     * naming each certificate the registry does not hold.
     */
    CompositeForm form(CompositeRequest request, String today) {
        List<PartForm> parts = new ArrayList<>();
        List<org.trustbricks.web.system.ApiProblem.FieldError> unknown = new ArrayList<>();
        List<String> taken = new ArrayList<>(request.parts().stream().map(CompositeRequest.PartRef::id).filter(s -> !s.isBlank()).toList());
        for (int i = 0; i < request.parts().size(); i++) {
            CompositeRequest.PartRef ref = request.parts().get(i);
            Optional<CertificatePage> page = certificate(ref.certificate());
            if (page.isEmpty()) {
                unknown.add(new org.trustbricks.web.system.ApiProblem.FieldError("/parts/" + i + "/certificate",
                        "\"" + ref.certificate() + "\" is not a certificate in this registry"));
                continue;
            }
            String id = ref.id().isBlank() ? partId(page.get().certificate().product(), taken) : ref.id();
            taken.add(id);
            parts.add(part(page.get(), id, ref.version(), String.join(", ", ref.uses()), ref.passOn() == null || ref.passOn()));
        }
        if (!unknown.isEmpty()) {
            throw org.trustbricks.web.system.ApiException.unprocessable("some parts name certificates this registry does not hold", unknown);
        }
        return new CompositeForm(request.name(), request.version(), request.evaluationDate().isBlank() ? today : request.evaluationDate(),
                request.level(), String.join("\n", request.sfrs()), parts);
    }

    /** The status the composition engine knows: the registry's, or under vulnerability review when one is open. */
    static String status(CertificatePage page) {
        CertificateStatus s = page.certificate().status();
        return switch (s) {
            case ACTIVE -> page.underReview() ? "under-vulnerability-review" : "active";
            case EXPIRED -> "expired";
            case TERMINATED -> "terminated";
            case SUPERSEDED -> "superseded";
        };
    }

    /** A short part id from a product name ("NimbusRTOS with secure update" gives "nimbusrtos"). */
    static String partId(String product, List<String> taken) {
        String first = product == null ? "" : product.strip().split("\\s+")[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        String base = first.isEmpty() ? "part" : first;
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static PartForm withObjectives(PartForm p, String objectives) {
        return new PartForm(p.id(), p.name(), p.version(), p.certificate(), p.level(), p.certifiedVersion(), p.status(), p.issued(),
                p.validUntil(), p.sfrs(), objectives, p.uses(), p.passOn(), p.scheme(), p.certificationBody(), p.lab(), p.profile(),
                p.registry());
    }

    private static String date(java.time.LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
