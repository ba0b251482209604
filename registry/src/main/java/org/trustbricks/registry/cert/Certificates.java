package org.trustbricks.registry.cert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.registry.access.NotPermittedException;
import org.trustbricks.registry.access.UnknownObjectException;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.keys.CbSigner;
import org.trustbricks.registry.scheme.Schemes;

/** Reads, issues, re-issues and terminates certificates; every issued certificate is signed by its CB. */
public final class Certificates {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final Jdbi jdbi;

    private Certificates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Certificates stored through the given Jdbi. */
    public static Certificates using(Jdbi jdbi) {
        return new Certificates(jdbi);
    }

    /** A certificate by id. */
    public Optional<Certificate> find(String id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    /** A certificate by id, inside the caller's transaction. */
    public static Optional<Certificate> find(Handle h, String id) {
        return h.createQuery("select " + CertificateRows.COLUMNS + CertificateRows.FROM + " where c.id = :id")
                .bind("id", id).map(CertificateRows.MAPPER).findOne();
    }

    /** The signed document of an issued certificate (compact JWS), if it has one. */
    public Optional<String> signedDocument(String id) {
        return jdbi.withHandle(h -> h.createQuery("select signed_document from certificate where id = :id and signed_document is not null")
                .bind("id", id).mapTo(String.class).findOne());
    }

    /** The certificate with what the public page shows beside it: recognition, vulnerabilities, composition impact. */
    public Optional<CertificatePage> page(String id) {
        record Loaded(Certificate certificate, Long cb, Long scheme, List<org.trustbricks.registry.vuln.Vulnerability> open,
                      List<org.trustbricks.registry.vuln.Impact> impacts) {
        }
        Optional<Loaded> loaded = jdbi.withHandle(h -> h.createQuery("select " + CertificateRows.COLUMNS
                        + ", c.cb_id, c.scheme_id" + CertificateRows.FROM + " where c.id = :id").bind("id", id)
                .map((rs, ctx) -> new Loaded(CertificateRows.MAPPER.map(rs, ctx), (Long) rs.getObject("cb_id"),
                        (Long) rs.getObject("scheme_id"), List.of(), List.of())).findOne()
                .map(l -> new Loaded(l.certificate(), l.cb(), l.scheme(), org.trustbricks.registry.vuln.Vulnerabilities.openOn(h, id),
                        org.trustbricks.registry.vuln.Vulnerabilities.impactsOn(h, id))));
        // recognition is read after the handle above is released: one pooled connection per request at a time
        return loaded.map(l -> new CertificatePage(l.certificate(), l.cb() == null || l.scheme() == null ? List.of()
                : Schemes.using(jdbi).recognisedBy(l.cb(), l.scheme(), l.certificate().issued()), l.open(), l.impacts()));
    }

    /**
     * The registry's change counter: it moves (in the database, for every instance) whenever anything a certificate
     * page shows changes, so a page cached under one value is still right while the counter holds it.
     */
    public long version() {
        return jdbi.withHandle(h -> h.createQuery("select version from registry_version where id = 1").mapTo(Long.class).one());
    }

    /** Issues a new certificate (iteration 01 of a new project number, or the next iteration when re-issuing). */
    public static Certificate issue(Handle h, CertificateDraft d, CbKeys keys, String actor) {
        String id;
        if (d.reissueOf() != null && !d.reissueOf().isEmpty()) {
            id = CertificateIds.next(d.reissueOf());
        } else {
            int year = d.issued().getYear() % 100;
            int n = h.createQuery("""
                    insert into certificate_number (year, last) values (:y, 1)
                    on conflict (year) do update set last = certificate_number.last + 1 returning last""")
                    .bind("y", year).mapTo(Integer.class).one();
            id = CertificateIds.first(year, n);
        }
        String cbName = name(h, d.cbId());
        CertificateDocument doc = new CertificateDocument(id, d.schemeCode(), d.product(), d.productVersion(),
                name(h, d.vendorId()), name(h, d.labId()), cbName, d.level(), d.profiles(), d.sfrs(), d.methodology(),
                d.issued(), d.validUntil(), d.securityTarget(), d.evaluationReport(), d.certifiedConfiguration(),
                d.assumptions(), d.parts());
        CbSigner signer = keys.signer(h, d.cbId(), cbName);
        String signed = signer.sign(json(doc));
        h.createUpdate("""
                insert into certificate (id, base_id, iteration, source, source_key, evaluation_id, scheme_id, product,
                  product_version, vendor_id, vendor_name, lab_id, lab_name, cb_id, cb_name, level, profiles, sfrs, sfr_text,
                  methodology, issued_on, valid_until, status, st_reference, report_reference, certified_configuration,
                  assumptions, signed_document, status_changed_at)
                values (:id, :base, :iter, 'issued', :id, :eval, :scheme, :product, :version, :vendor, :vendorName, :labId, :lab,
                  :cb, :cbName, :level, :profiles, :sfrs, :sfrText, :methodology, :issued, :until, 'ACTIVE', :st, :report,
                  :config, :assumptions, :signed, now())""")
                .bind("id", id).bind("base", id.substring(0, 13)).bind("iter", Integer.parseInt(id.substring(14)))
                .bind("eval", d.evaluationId()).bind("scheme", d.schemeId()).bind("product", d.product())
                .bind("version", d.productVersion()).bind("vendor", d.vendorId()).bind("vendorName", doc.vendor())
                .bind("labId", d.labId()).bind("lab", doc.laboratory()).bind("cb", d.cbId()).bind("cbName", cbName).bind("level", d.level())
                .bind("profiles", d.profiles().toArray(String[]::new)).bind("sfrs", d.sfrs().toArray(String[]::new))
                .bind("sfrText", String.join(" ", d.sfrs())).bind("methodology", d.methodology())
                .bind("issued", d.issued()).bind("until", d.validUntil()).bind("st", d.securityTarget())
                .bind("report", d.evaluationReport()).bind("config", d.certifiedConfiguration())
                .bind("assumptions", d.assumptions()).bind("signed", signed).execute();
        for (String part : d.parts()) {
            h.createUpdate("insert into certificate_part (composite_id, part_id) values (:c, :p)").bind("c", id).bind("p", part).execute();
        }
        if (d.reissueOf() != null && !d.reissueOf().isEmpty()) {
            h.createUpdate("update certificate set status = 'SUPERSEDED', superseded_by = :n, status_changed_at = now() where id = :o")
                    .bind("n", id).bind("o", d.reissueOf()).execute();
            AuditLog.append(h, actor, "certificate.supersede", "certificate/" + d.reissueOf(), "superseded by " + id);
        }
        AuditLog.append(h, actor, "certificate.issue", "certificate/" + id, doc.product() + " " + doc.productVersion()
                + " signed with key " + signer.keyId());
        return find(h, id).orElseThrow();
    }

    /** The issuing CB terminates one of its active certificates, with a reason. */
    public Certificate terminate(User by, String id, String reason) {
        return jdbi.inTransaction(h -> {
            Certificate c = find(h, id).orElseThrow(() -> UnknownObjectException.of("certificate " + id));
            requireIssuer(h, by, id);
            if (reason == null || reason.isBlank() || reason.length() > 4000) {
                throw org.trustbricks.registry.access.InvalidRequestException.field("reason", "give the reason for terminating (at most 4000 characters)");
            }
            if (c.status() != CertificateStatus.ACTIVE) {
                throw org.trustbricks.registry.workflow.IllegalTransitionException.because(
                        "certificate " + id + " is " + c.status() + "; only an active certificate can be terminated");
            }
            h.createUpdate("update certificate set status = 'TERMINATED', status_changed_at = now() where id = :id").bind("id", id).execute();
            AuditLog.append(h, Schemes.actor(by), "certificate.terminate", "certificate/" + id, reason);
            return find(h, id).orElseThrow();
        });
    }

    /** Fails unless the user belongs to the CB that issued the certificate. */
    public static void requireIssuer(Handle h, User by, String id) {
        Long cb = h.createQuery("select cb_id from certificate where id = :id").bind("id", id).mapTo(Long.class).findOne().orElse(null);
        if (by.kind() != OrganisationKind.CERTIFICATION_BODY || cb == null || cb != by.organisationId()) {
            throw NotPermittedException.because("only the certification body that issued " + id + " may do this");
        }
    }

    private static String name(Handle h, long orgId) {
        return h.createQuery("select name from organisation where id = :id").bind("id", orgId).mapTo(String.class).one();
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a certificate document could not be written as JSON", e);
        }
    }

    /** Today's date as the database sees it (all instances agree). */
    public LocalDate today() {
        return jdbi.withHandle(h -> h.createQuery("select current_date").mapTo(LocalDate.class).one());
    }
}
