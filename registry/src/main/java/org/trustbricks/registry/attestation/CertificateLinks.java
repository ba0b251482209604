package org.trustbricks.registry.attestation;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.trustbricks.attestation.appraisal.CertificateStatus;
import org.trustbricks.attestation.appraisal.PlatformCertificate;

/**
 * The registry certificates linked to endorsed implementation ids, with what decides their status for attestation:
 * the registry status, the end of validity, and whether an open vulnerability (on the certificate itself or reaching
 * it through composition) is under review. A superseded certificate is followed to the certificate that replaced it.
 * Immutable: built at refresh time, read on the hot path without any database access.
 */
public final class CertificateLinks {

    private static final int MAX_SUCCESSION = 8;

    private final Map<ByteBuffer, Linked> byImplementation;

    private CertificateLinks(Map<ByteBuffer, Linked> byImplementation) {
        this.byImplementation = Map.copyOf(byImplementation);
    }

    /** No links at all. */
    public static CertificateLinks empty() {
        return new CertificateLinks(Map.of());
    }

    static CertificateLinks load(Handle h) {
        Map<ByteBuffer, String> links = new HashMap<>();
        h.createQuery("select implementation_id, certificate_id from attestation_platform where certificate_id is not null")
                .map((rs, ctx) -> Map.entry(ByteBuffer.wrap(rs.getBytes(1)), rs.getString(2)))
                .forEach(e -> links.put(e.getKey(), e.getValue()));
        Map<ByteBuffer, Linked> out = new HashMap<>();
        for (Map.Entry<ByteBuffer, String> e : links.entrySet()) {
            find(h, e.getValue()).ifPresent(l -> out.put(e.getKey(), l));
        }
        return new CertificateLinks(out);
    }

    private static Optional<Linked> find(Handle h, String id) {
        List<String> chain = new ArrayList<>();
        String current = id;
        for (int i = 0; i < MAX_SUCCESSION && current != null; i++) {
            chain.add(current);
            Optional<Linked> row = h.createQuery("""
                    select c.id, c.status, c.valid_until, c.superseded_by,
                      exists (select 1 from vulnerability v where v.certificate_id = c.id and v.status = 'UNDER_REVIEW')
                      or exists (select 1 from vulnerability_impact i join vulnerability v on v.id = i.vulnerability_id
                                 where i.certificate_id = c.id and v.status = 'UNDER_REVIEW') as under_review
                    from certificate c where c.id = :id""").bind("id", current)
                    .map((rs, ctx) -> new Linked(rs.getString("id"), rs.getString("status"),
                            rs.getObject("valid_until", LocalDate.class), rs.getString("superseded_by"),
                            rs.getBoolean("under_review"), List.of())).findOne();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            Linked l = row.get();
            if (!"SUPERSEDED".equals(l.registryStatus()) || l.supersededBy() == null) {
                return Optional.of(new Linked(l.id(), l.registryStatus(), l.validUntil(), l.supersededBy(), l.underReview(), List.copyOf(chain)));
            }
            current = l.supersededBy();
        }
        return Optional.empty();
    }

    /** The certificate in force for an implementation id, its status judged on the clock's date. */
    public Optional<PlatformCertificate> lookup(byte[] implementationId, Clock clock) {
        Linked l = byImplementation.get(ByteBuffer.wrap(implementationId));
        return l == null ? Optional.empty() : Optional.of(new PlatformCertificate(l.id(), l.status(LocalDate.now(clock))));
    }

    /** How many implementation ids have a certificate. */
    public int size() {
        return byImplementation.size();
    }

    /**
     * One linked certificate.
     *
     * @param id             the certificate in force (after following supersession)
     * @param registryStatus the registry's status text
     * @param validUntil     last day of validity, or null
     * @param supersededBy   the successor, when superseded
     * @param underReview    true when an open vulnerability under review reaches it
     * @param chain          the ids followed from the linked certificate to this one
     */
    record Linked(String id, String registryStatus, LocalDate validUntil, String supersededBy, boolean underReview, List<String> chain) {

        CertificateStatus status(LocalDate today) {
            return switch (registryStatus) {
                case "TERMINATED" -> CertificateStatus.TERMINATED;
                case "EXPIRED" -> CertificateStatus.EXPIRED;
                case "ACTIVE" -> validUntil != null && validUntil.isBefore(today) ? CertificateStatus.EXPIRED
                        : underReview ? CertificateStatus.UNDER_VULNERABILITY_REVIEW : CertificateStatus.ACTIVE;
                default -> CertificateStatus.UNKNOWN;
            };
        }
    }
}
