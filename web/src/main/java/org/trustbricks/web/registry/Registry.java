package org.trustbricks.web.registry;

import org.jdbi.v3.core.Jdbi;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.cert.CertificateSearch;
import org.trustbricks.registry.cert.Certificates;
import org.trustbricks.registry.imports.Imports;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.registry.scheme.Schemes;
import org.trustbricks.registry.tokens.ApiTokens;
import org.trustbricks.registry.vuln.Vulnerabilities;
import org.trustbricks.registry.workflow.Evaluations;
import org.trustbricks.registry.workflow.SecurityTargetCheck;
import org.trustbricks.web.Services;

/** The registry facades over the platform's database, for route handlers. */
public final class Registry {

    private final Jdbi jdbi;

    private Registry(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Facades over the services' database. */
    public static Registry of(Services services) {
        return new Registry(services.database().jdbi());
    }

    /** Certificates. */
    public Certificates certificates() {
        return Certificates.using(jdbi);
    }

    /** Search. */
    public CertificateSearch search() {
        return CertificateSearch.using(jdbi);
    }

    /** CB keys (signing needs the key-encryption key bound at start-up). */
    public CbKeys keys() {
        return CbKeys.using(jdbi, KeyEncryptionKeys.of(jdbi));
    }

    /** Published CB certificates (no key-encryption key needed to read them). */
    public java.util.List<org.trustbricks.registry.keys.PublishedCbCertificate> publishedCbCertificates() {
        return jdbi.withHandle(h -> h.createQuery("""
                select k.cb_id, o.name, k.key_id, k.certificate_pem from cb_key k join organisation o on o.id = k.cb_id order by o.name""")
                .map((rs, ctx) -> new org.trustbricks.registry.keys.PublishedCbCertificate(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4))).list());
    }

    /** The evaluation workflow with the SESIP engine. */
    public Evaluations evaluations() {
        return Evaluations.using(jdbi, keys(), SecurityTargetCheck.sesip());
    }

    /** Vulnerabilities. */
    public Vulnerabilities vulnerabilities() {
        return Vulnerabilities.using(jdbi, keys());
    }

    /** Schemes, authorisations, recognition. */
    public Schemes schemes() {
        return Schemes.using(jdbi);
    }

    /** API tokens. */
    public ApiTokens tokens() {
        return ApiTokens.using(jdbi);
    }

    /** Audit log. */
    public AuditLog audit() {
        return AuditLog.using(jdbi);
    }

    /** Imports. */
    public Imports imports() {
        return Imports.using(jdbi);
    }

    /** Organisations of a kind, for forms: id and name. */
    public java.util.List<Org> organisations(String kind) {
        return jdbi.withHandle(h -> h.createQuery("select id, name, kind from organisation where (:k = '' or kind = :k) order by name")
                .bind("k", kind == null ? "" : kind).map((rs, ctx) -> new Org(rs.getLong(1), rs.getString(2), rs.getString(3))).list());
    }

    /**
     * An organisation as shown in lists.
     *
     * @param id   id
     * @param name name
     * @param kind SCHEME_OWNER, CERTIFICATION_BODY, LABORATORY or VENDOR
     */
    public record Org(long id, String name, String kind) {
    }
}
