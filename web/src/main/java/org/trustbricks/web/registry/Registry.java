package org.trustbricks.web.registry;

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

    private final org.trustbricks.registry.db.Database database;

    private Registry(org.trustbricks.registry.db.Database database) {
        this.database = database;
    }

    /** Facades over the services' database. */
    public static Registry of(Services services) {
        return new Registry(services.database());
    }

    /** Certificates. */
    public Certificates certificates() {
        return Certificates.using(database.jdbi());
    }

    /** Search. */
    public CertificateSearch search() {
        return CertificateSearch.using(database.jdbi());
    }

    /** CB keys (signing needs the key-encryption key bound at start-up). */
    public CbKeys keys() {
        return CbKeys.using(database.jdbi(), KeyEncryptionKeys.of(database.jdbi()));
    }

    /** Published CB certificates (no key-encryption key needed to read them). */
    public java.util.List<org.trustbricks.registry.keys.PublishedCbCertificate> publishedCbCertificates() {
        return CbKeys.published(database.jdbi());
    }

    /** The evaluation workflow with the SESIP engine. */
    public Evaluations evaluations() {
        return Evaluations.using(database.jdbi(), keys(), SecurityTargetCheck.sesip());
    }

    /** Vulnerabilities. */
    public Vulnerabilities vulnerabilities() {
        return Vulnerabilities.using(database.jdbi(), keys());
    }

    /** Schemes, authorisations, recognition. */
    public Schemes schemes() {
        return Schemes.using(database.jdbi());
    }

    /** API tokens. */
    public ApiTokens tokens() {
        return ApiTokens.using(database.jdbi());
    }

    /** Audit log. */
    public AuditLog audit() {
        return AuditLog.using(database.jdbi());
    }

    /** Imports. */
    public Imports imports() {
        return Imports.using(database.jdbi());
    }

    /** Organisations of a kind (all when blank). */
    public java.util.List<org.trustbricks.registry.scheme.Organisation> organisations(String kind) {
        return schemes().organisations(kind);
    }
}
