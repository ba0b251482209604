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
 * directly or through a chain of parts: stored once against the part, read through each certificate's lineage, with the
 * path of parts derived on read.
 */
public final class Vulnerabilities {

    private static final Set<String> SEVERITIES = Set.of("LOW", "MEDIUM", "HIGH", "CRITICAL");
    private static final String LINEAGE_OF = "coalesce((select l.parts from certificate_lineage l where l.certificate_id = :c), '{}'::text[])";
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
            int reached = propagate(h, certificateId);
            AuditLog.append(h, Schemes.actor(by), "vulnerability.record", "certificate/" + certificateId,
                    "vulnerability/" + id + " " + sev + (c.isEmpty() ? "" : " " + c) + "; " + reached + " composite(s) affected");
            return new Recorded(find(h, id), reached);
        });
    }

    /**
     * How many composites a vulnerability on this certificate reaches, directly or through parts. Nothing is written per
     * composite: a composite is affected when its lineage (kept by the database as parts are added) holds the
     * vulnerable certificate, so recording costs the same however many certificates are built on the part.
     */
    public static int propagate(Handle h, String certificateId) {
        return h.createQuery("""
                select count(*) from certificate_lineage where parts @> array[:cert]::text[] and certificate_id <> :cert""")
                .bind("cert", certificateId).mapTo(Integer.class).one();
    }

    /** The certificates a vulnerability reaches, with the shortest path of parts to each, nearest first. */
    public List<Impact> impactsOf(long vulnerabilityId) {
        return jdbi.withHandle(h -> {
            Vulnerability v = h.createQuery(SELECT + " where v.id = :id").bind("id", vulnerabilityId).map(MAPPER).findOne().orElse(null);
            if (v == null) {
                return List.<Impact>of();
            }
            PartPaths graph = new PartPaths();
            h.createQuery("""
                    select p.composite_id, p.part_id from certificate_part p
                    join certificate_lineage l on l.certificate_id = p.composite_id where l.parts @> array[:part]::text[]""")
                    .bind("part", v.certificateId()).setFetchSize(5000)
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).forEach(e -> graph.edge(e[0], e[1]));
            return graph.fromPartToAll(v.certificateId()).entrySet().stream()
                    .map(e -> new Impact(v.id(), v.cve(), v.severity(), e.getKey(), e.getValue()))
                    .sorted(java.util.Comparator.comparingInt((Impact i) -> i.path().size()).thenComparing(Impact::certificateId))
                    .toList();
        });
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
            Certificate cert = Certificates.find(h, v.certificateId()).orElseThrow();
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

    /** Vulnerabilities under review that reach this certificate through its parts, with the shortest path of parts. */
    public static List<Impact> impactsOn(Handle h, String certificateId) {
        record Open(long id, String cve, String severity, String part) {
        }
        List<Open> open = h.createQuery("""
                select v.id, coalesce(v.cve, ''), v.severity, v.certificate_id from vulnerability v
                where v.status = 'UNDER_REVIEW' and v.certificate_id = any(""" + LINEAGE_OF + """
                ) and v.certificate_id <> :c order by v.id""").bind("c", certificateId)
                .map((rs, ctx) -> new Open(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        if (open.isEmpty()) {
            return List.of();
        }
        PartPaths graph = new PartPaths();
        h.createQuery("select composite_id, part_id from certificate_part where composite_id = :c or composite_id = any(" + LINEAGE_OF + ")")
                .bind("c", certificateId).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(e -> graph.edge(e[0], e[1]));
        return open.stream().map(o -> new Impact(o.id(), o.cve(), o.severity(), certificateId, graph.fromPartTo(o.part(), certificateId)))
                .filter(i -> !i.path().isEmpty()).toList();
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
