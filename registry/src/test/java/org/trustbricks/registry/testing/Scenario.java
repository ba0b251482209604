package org.trustbricks.registry.testing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.trustbricks.registry.auth.Accounts;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.cert.CertificateDraft;
import org.trustbricks.registry.cert.Certificates;
import org.trustbricks.registry.db.Database;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.keys.KeyEncryptionKey;
import org.trustbricks.registry.scheme.Scheme;
import org.trustbricks.registry.scheme.Schemes;
import org.trustbricks.registry.workflow.Evaluations;
import org.trustbricks.registry.workflow.SecurityTargetCheck;

/**
 * A small scheme in a fresh database for tests: one person in each role (and a second vendor, CB and lab),
 * the lab authorised by the CB, and helpers to issue certificates.
 */
public final class Scenario implements AutoCloseable {

    /** A minimal valid SESIP2 Security Target. */
    public static final String VALID_ST = """
            reference: {title: ST for Widget, version: "1", date: 2026-01-10, developer: Widget Co}
            methodology: {edition: GP-1.2}
            platform: {name: Widget, version: "1.0", identification: WID-1.0, type: device}
            guidance: [{id: UG, title: User guide, version: "1"}]
            environmentObjectives:
              - {id: OE.TRUSTED_ADMIN, description: Administrators are trained., guidance: {document: UG, section: "2.1"}}
            assurance:
              level: SESIP2
              flawRemediation: {reportingChannel: security@widget.example, handling: Triaged in 5 days., userNotification: Advisories on the web site.}
            sfrs:
              - sfr: Verification of Platform Identity
                rationale: {implementation: Version string in firmware., assessment: Tested.}
              - sfr: Secure Update of Platform
                rationale: {implementation: Signed images with anti-rollback counter., assessment: Tested.}
            """;

    public final Database db;
    public final KeyEncryptionKey kek = KeyEncryptionKey.random();
    public final CbKeys keys;
    public final User owner;
    public final User cb;
    public final User otherCb;
    public final User lab;
    public final User otherLab;
    public final User vendor;
    public final User otherVendor;
    public final Scheme scheme;

    private Scenario(Database db) {
        this.db = db;
        this.keys = CbKeys.using(db.jdbi(), kek);
        owner = user("Scheme Office", OrganisationKind.SCHEME_OWNER, "owner");
        cb = user("CB One", OrganisationKind.CERTIFICATION_BODY, "cb");
        otherCb = user("CB Two", OrganisationKind.CERTIFICATION_BODY, "cb2");
        lab = user("Lab One", OrganisationKind.LABORATORY, "lab");
        otherLab = user("Lab Two", OrganisationKind.LABORATORY, "lab2");
        vendor = user("Vendor One", OrganisationKind.VENDOR, "vendor");
        otherVendor = user("Vendor Two", OrganisationKind.VENDOR, "vendor2");
        scheme = Schemes.using(db.jdbi()).create(owner, "SESIP-T", "Test scheme");
        Schemes.using(db.jdbi()).authorise(cb, lab.organisationId(), scheme.id());
    }

    /** A fresh database with the scenario. */
    public static Scenario fresh() {
        return new Scenario(TestDatabase.fresh());
    }

    /** The workflow with the real SESIP engine. */
    public Evaluations evaluations() {
        return Evaluations.using(db.jdbi(), keys, SecurityTargetCheck.sesip());
    }

    /** The valid ST as bytes. */
    public static byte[] st() {
        return VALID_ST.getBytes(StandardCharsets.UTF_8);
    }

    /** Issues a certificate by {@link #cb} for {@link #vendor} with the given parts; returns its id. */
    public String issue(String product, List<String> parts) {
        return issue(product, parts, LocalDate.now().minusDays(10), LocalDate.now().plusYears(2));
    }

    /** Issues a certificate with explicit dates. */
    public String issue(String product, List<String> parts, LocalDate issued, LocalDate until) {
        return db.jdbi().inTransaction(h -> Certificates.issue(h, new CertificateDraft(null, scheme.id(), scheme.code(),
                vendor.organisationId(), lab.organisationId(), cb.organisationId(), product, "1.0", "SESIP2", List.of(),
                List.of("Verification of Platform Identity", "Secure Update of Platform"), "GP-1.2", issued, until,
                "ST", "ETR", "default configuration", "keep it patched", parts, null), keys, "test").id());
    }

    private User user(String org, OrganisationKind kind, String login) {
        Accounts a = Accounts.using(db.jdbi());
        return a.createUser(login + "@example.test", login, "correct horse battery staple", a.ensureOrganisation(org, kind));
    }

    @Override
    public void close() {
        db.close();
    }
}
