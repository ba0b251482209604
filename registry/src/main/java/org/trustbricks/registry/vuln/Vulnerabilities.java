package org.trustbricks.registry.vuln;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.trustbricks.registry.access.Fields;
import org.trustbricks.registry.access.NotPermittedException;
import org.trustbricks.registry.access.UnknownObjectException;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.cert.Certificate;
import org.trustbricks.registry.cert.CertificateDraft;
import org.trustbricks.registry.cert.CertificateStatus;
import org.trustbricks.registry.cert.Certificates;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.scheme.Schemes;
import org.trustbricks.registry.workflow.IllegalTransitionException;

/**
 * Vulnerabilities against certified products and their propagation to every composite that reuses the product,
 * directly or through a chain of parts (breadth first over the certificate parts, with the path of parts).
 */
public final class Vulnerabilities {

    private static final Set<String> SEVERITIES = Set.of("LOW", "MEDIUM", "HIGH", "CRITICAL");
    private static final String FIRST_LEVEL = """
            insert into vulnerability_impact (vulnerability_id, certificate_id, path)
            select distinct :vuln, p.composite_id, array[p.part_id, p.composite_id] from certificate_part p
            where p.part_id = :cert and p.composite_id <> :cert
            on conflict do nothing""";
    private static final String NEXT_LEVEL = """
            insert into vulnerability_impact (vulnerability_id, certificate_id, path)
            select distinct on (p.composite_id) :vuln, p.composite_id, i.path || p.composite_id
            from vulnerability_impact i join certificate_part p on p.part_id = i.certificate_id
            where i.vulnerability_id = :vuln and cardinality(i.path) = :length and p.composite_id <> :cert
              and not exists (select 1 from vulnerability_impact x where x.vulnerability_id = :vuln and x.certificate_id = p.composite_id)
            order by p.composite_id, i.path
            on conflict do nothing""";
    private static final RowMapper<Vulnerability> MAPPER = (rs, ctx) -> new Vulnerability(rs.getLong("id"),
            rs.getString("certificate_id"), nz(rs.getString("cve")), rs.getString("severity"),
            Arrays.stream((Object[]) rs.getArray("affected_sfrs").getArray()).map(String::valueOf).toList(),
            rs.getString("description"), rs.getString("recorder"),
            rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("status"),
            nz(rs.getString("resolution")), nz(rs.getString("fixed_version")));
    private static final String SELECT = """
            select v.*, o.name recorder from vulnerability v join organisation o on o.id = v.recorded_by""";

    private final Jdbi jdbi;
    private final CbKeys keys;

    private Vulnerabilities(Jdbi jdbi, CbKeys keys) {
        this.jdbi = jdbi;
        this.keys = keys;
    }

    /** Vulnerabilities stored through the given Jdbi; {@code keys} sign maintenance re-issues. */
    public static Vulnerabilities using(Jdbi jdbi, CbKeys keys) {
        return new Vulnerabilities(jdbi, keys);
    }

    /**
     * Records a vulnerability (the issuing CB or the certificate's vendor) and flags every composite reusing the
     * product; returns it with the number of composites reached.
     */
    public Recorded record(User by, String certificateId, String cve, String severity, List<String> affectedSfrs,
                           String description) {
        jdbi.useHandle(h -> requireCbOrVendor(h, by, certificateId));
        Fields f = Fields.check();
        String c = f.optional("cve", cve, 30);
        f.require(c.isEmpty() || c.matches("CVE-\\d{4}-\\d{4,7}"), "cve", "cve must look like CVE-2026-12345");
        String sev = severity == null ? "" : severity.strip().toUpperCase(java.util.Locale.ROOT);
        f.require(SEVERITIES.contains(sev), "severity", "severity must be one of LOW, MEDIUM, HIGH, CRITICAL");
        String d = f.text("description", description, 4000);
        List<String> sfrs = affectedSfrs == null ? List.of() : affectedSfrs.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        f.require(sfrs.size() <= 60 && sfrs.stream().allMatch(s -> s.length() <= 200), "affectedSfrs", "at most 60 SFR names of 200 characters");
        f.done();
        return jdbi.inTransaction(h -> {
            requireCbOrVendor(h, by, certificateId);
            long id = h.createUpdate("""
                    insert into vulnerability (certificate_id, cve, severity, affected_sfrs, description, recorded_by)
                    values (:cert, :cve, :sev, :sfrs, :d, :by)""")
                    .bind("cert", certificateId).bind("cve", c.isEmpty() ? null : c).bind("sev", sev)
                    .bind("sfrs", sfrs.toArray(String[]::new)).bind("d", d).bind("by", by.organisationId())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            int reached = propagate(h, id, certificateId);
            AuditLog.append(h, Schemes.actor(by), "vulnerability.record", "certificate/" + certificateId,
                    "vulnerability/" + id + " " + sev + (c.isEmpty() ? "" : " " + c) + "; " + reached + " composite(s) affected");
            return new Recorded(find(h, id), reached);
        });
    }

    /**
     * Flags every composite that reuses the certificate, directly or through parts; returns how many. Breadth first,
     * one set-based statement per level of the composition graph, so each certificate is reached once by a shortest
     * path of parts however many paths lead to it (a recursive query that follows every path grows with the number of
     * paths, which explodes when parts are shared).
     */
    public static int propagate(Handle h, long vulnerabilityId, String certificateId) {
        int total = h.createUpdate(FIRST_LEVEL).bind("vuln", vulnerabilityId).bind("cert", certificateId).execute();
        int added = total;
        for (int length = 2; added > 0; length++) {
            added = h.createUpdate(NEXT_LEVEL).bind("vuln", vulnerabilityId).bind("cert", certificateId).bind("length", length).execute();
            total += added;
        }
        return total;
    }

    /** The certificates a vulnerability reaches, with their paths. */
    public List<Impact> impactsOf(long vulnerabilityId) {
        return jdbi.withHandle(h -> h.createQuery(IMPACTS + " where i.vulnerability_id = :v order by cardinality(i.path), i.certificate_id")
                .bind("v", vulnerabilityId).map(IMPACT).list());
    }

    /**
     * The issuing CB resolves a vulnerability under review: FIXED re-issues the certificate for {@code fixedVersion}
     * (maintenance), ACCEPTED records guidance, TERMINATED terminates the certificate.
     */
    public Vulnerability resolve(User by, long vulnerabilityId, Resolution resolution, String text, String fixedVersion) {
        jdbi.useHandle(h -> Certificates.requireIssuer(h, by, h.createQuery("select certificate_id from vulnerability where id = :id")
                .bind("id", vulnerabilityId).mapTo(String.class).findOne()
                .orElseThrow(() -> UnknownObjectException.of("vulnerability " + vulnerabilityId))));
        Fields f = Fields.check();
        f.require(resolution != null, "resolution", "resolution must be FIXED, ACCEPTED or TERMINATED");
        String t = f.text("text", text, 4000);
        String version = resolution == Resolution.FIXED ? f.text("fixedVersion", fixedVersion, 100) : "";
        f.done();
        return jdbi.inTransaction(h -> {
            Vulnerability v = h.createQuery(SELECT + " where v.id = :id for update of v").bind("id", vulnerabilityId)
                    .map(MAPPER).findOne().orElseThrow(() -> UnknownObjectException.of("vulnerability " + vulnerabilityId));
            Certificates.requireIssuer(h, by, v.certificateId());
            if (!v.status().equals("UNDER_REVIEW")) {
                throw IllegalTransitionException.because("vulnerability " + vulnerabilityId + " is already resolved (" + v.status() + ")");
            }
            Certificate cert = Certificates.using(jdbi).find(v.certificateId()).orElseThrow();
            String note = t;
            if (resolution == Resolution.FIXED) {
                if (cert.status() != CertificateStatus.ACTIVE) {
                    throw IllegalTransitionException.because("certificate " + cert.id() + " is " + cert.status() + "; only an active certificate can be re-issued");
                }
                Certificate reissued = reissue(h, by, cert, version);
                note = t + " (maintenance re-issue " + reissued.id() + ")";
            } else if (resolution == Resolution.TERMINATED && cert.status() == CertificateStatus.ACTIVE) {
                h.createUpdate("update certificate set status = 'TERMINATED', status_changed_at = now() where id = :id")
                        .bind("id", cert.id()).execute();
                AuditLog.append(h, Schemes.actor(by), "certificate.terminate", "certificate/" + cert.id(), "vulnerability/" + vulnerabilityId);
            }
            h.createUpdate("""
                    update vulnerability set status = :s, resolution = :r, fixed_version = :fv, resolved_at = now() where id = :id""")
                    .bind("s", resolution.name()).bind("r", note).bind("fv", version.isEmpty() ? null : version)
                    .bind("id", vulnerabilityId).execute();
            AuditLog.append(h, Schemes.actor(by), "vulnerability.resolve", "certificate/" + v.certificateId(),
                    "vulnerability/" + vulnerabilityId + " " + resolution + ": " + note);
            return find(h, vulnerabilityId);
        });
    }

    private Certificate reissue(Handle h, User by, Certificate cert, String version) {
        record Ids(long scheme, long vendor, long lab, long cb) {
        }
        Ids ids = h.createQuery("select scheme_id, vendor_id, lab_id, cb_id from certificate where id = :id").bind("id", cert.id())
                .map((rs, ctx) -> new Ids(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).one();
        java.time.LocalDate today = h.createQuery("select current_date").mapTo(java.time.LocalDate.class).one();
        CertificateDraft d = new CertificateDraft(null, ids.scheme(), cert.scheme(), ids.vendor(), ids.lab(), ids.cb(),
                cert.product(), version, cert.level(), cert.profiles(), cert.sfrs(), cert.methodology(), today,
                cert.validUntil(), cert.securityTarget(), cert.evaluationReport(), cert.certifiedConfiguration(),
                cert.assumptions(), cert.parts(), cert.id());
        return Certificates.issue(h, d, keys, Schemes.actor(by));
    }

    /** A vulnerability by id. */
    public java.util.Optional<Vulnerability> find(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " where v.id = :id").bind("id", id).map(MAPPER).findOne());
    }

    /** Every vulnerability, newest first. */
    public List<Vulnerability> list(int limit) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " order by v.id desc limit :l").bind("l", limit).map(MAPPER).list());
    }

    private static Vulnerability find(Handle h, long id) {
        return h.createQuery(SELECT + " where v.id = :id").bind("id", id).map(MAPPER).one();
    }

    /** Vulnerabilities under review recorded against this certificate. */
    public static List<Vulnerability> openOn(Handle h, String certificateId) {
        return h.createQuery(SELECT + " where v.certificate_id = :c and v.status = 'UNDER_REVIEW' order by v.id")
                .bind("c", certificateId).map(MAPPER).list();
    }

    /** Vulnerabilities under review that reach this certificate through its parts. */
    public static List<Impact> impactsOn(Handle h, String certificateId) {
        return h.createQuery(IMPACTS + " where i.certificate_id = :c and v.status = 'UNDER_REVIEW' order by i.vulnerability_id")
                .bind("c", certificateId).map(IMPACT).list();
    }

    /** A new certificate inherits the open impacts of its parts (and their vulnerabilities), with longer paths. */
    public static void inheritImpacts(Handle h, String certificateId) {
        h.createUpdate("""
                insert into vulnerability_impact (vulnerability_id, certificate_id, path)
                select distinct on (x.vid) x.vid, :c, x.path || :c::text from (
                    select v.id vid, array[v.certificate_id] path from certificate_part p
                      join vulnerability v on v.certificate_id = p.part_id and v.status = 'UNDER_REVIEW' where p.composite_id = :c
                    union all
                    select i.vulnerability_id, i.path from certificate_part p
                      join vulnerability_impact i on i.certificate_id = p.part_id
                      join vulnerability v on v.id = i.vulnerability_id and v.status = 'UNDER_REVIEW' where p.composite_id = :c
                ) x order by x.vid, cardinality(x.path)
                on conflict do nothing""").bind("c", certificateId).execute();
    }

    private static void requireCbOrVendor(Handle h, User by, String certificateId) {
        record Owners(Long cb, Long vendor) {
        }
        Owners o = h.createQuery("select cb_id, vendor_id from certificate where id = :id").bind("id", certificateId)
                .map((rs, ctx) -> new Owners((Long) rs.getObject(1), (Long) rs.getObject(2))).findOne()
                .orElseThrow(() -> UnknownObjectException.of("certificate " + certificateId));
        boolean cb = by.kind() == OrganisationKind.CERTIFICATION_BODY && o.cb() != null && o.cb() == by.organisationId();
        boolean vendor = by.kind() == OrganisationKind.VENDOR && o.vendor() != null && o.vendor() == by.organisationId();
        if (!cb && !vendor) {
            throw NotPermittedException.because("only the certification body that issued " + certificateId
                    + " or its vendor may record a vulnerability against it");
        }
    }

    private static final String IMPACTS = """
            select i.vulnerability_id, coalesce(v.cve, '') cve, v.severity, i.certificate_id, i.path
            from vulnerability_impact i join vulnerability v on v.id = i.vulnerability_id""";
    private static final RowMapper<Impact> IMPACT = (rs, ctx) -> new Impact(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getString(4), Arrays.stream((Object[]) rs.getArray(5).getArray()).map(String::valueOf).toList());

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * A vulnerability just recorded.
     *
     * @param vulnerability the stored vulnerability
     * @param composites    how many composite certificates it reaches
     */
    public record Recorded(Vulnerability vulnerability, int composites) {
    }
}
