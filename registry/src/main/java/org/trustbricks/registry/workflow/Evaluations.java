package org.trustbricks.registry.workflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.common.Finding;
import org.trustbricks.registry.access.Fields;
import org.trustbricks.registry.access.InvalidRequestException;
import org.trustbricks.registry.access.NotPermittedException;
import org.trustbricks.registry.access.UnknownObjectException;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.auth.OrganisationKind;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.cert.Certificate;
import org.trustbricks.registry.cert.CertificateDraft;
import org.trustbricks.registry.cert.Certificates;
import org.trustbricks.registry.keys.CbKeys;
import org.trustbricks.registry.scheme.Scheme;
import org.trustbricks.registry.scheme.Schemes;

/**
 * The evaluation workflow: vendor request with a validated ST, laboratory verdicts and report, CB approval that
 * issues the signed certificate. Every change goes through {@link Transition} and is written to the audit log in
 * the same transaction.
 */
public final class Evaluations {

    /** Largest ST accepted. */
    public static final int MAX_ST_BYTES = 512 * 1024;
    /** Years a certificate is valid from issue (scheme default; the SESIP methodology leaves it to schemes). */
    public static final int VALIDITY_YEARS = 3;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Set<String> VERDICTS = Set.of("PASS", "FAIL", "INCONCLUSIVE");

    private final Jdbi jdbi;
    private final CbKeys keys;
    private final SecurityTargetCheck stCheck;

    private Evaluations(Jdbi jdbi, CbKeys keys, SecurityTargetCheck stCheck) {
        this.jdbi = jdbi;
        this.keys = keys;
        this.stCheck = stCheck;
    }

    /** The workflow over the given Jdbi, signing with {@code keys}, validating STs with {@code stCheck}. */
    public static Evaluations using(Jdbi jdbi, CbKeys keys, SecurityTargetCheck stCheck) {
        return new Evaluations(jdbi, keys, stCheck);
    }

    /** A vendor submits a request; ST errors and composition errors block it (422 with each finding). */
    public Evaluation submit(User by, SubmitRequest r) {
        if (by.kind() != OrganisationKind.VENDOR) {
            throw NotPermittedException.because("only a vendor submits evaluation requests");
        }
        Fields f = Fields.check();
        String product = f.text("product", r.product(), 200);
        String version = f.text("productVersion", r.productVersion(), 100);
        String config = f.text("certifiedConfiguration", r.certifiedConfiguration(), 4000);
        String assumptions = f.text("assumptions", r.assumptions(), 4000);
        String fileName = f.text("st", r.stFileName(), 200);
        f.require(r.st() != null && r.st().length > 0, "st", "attach the Security Target (YAML or JSON)");
        f.require(r.st() == null || r.st().length <= MAX_ST_BYTES, "st", "the Security Target is larger than " + MAX_ST_BYTES + " bytes");
        List<String> parts = r.parts() == null ? List.of() : r.parts().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        f.require(parts.size() <= 50, "parts", "at most 50 parts");
        Scheme scheme = Schemes.using(jdbi).find(r.schemeId()).orElse(null);
        f.require(scheme != null, "schemeId", "choose a scheme that exists");
        f.require(kindOf(r.cbId()) == OrganisationKind.CERTIFICATION_BODY, "cbId", "choose a certification body");
        f.require(kindOf(r.labId()) == OrganisationKind.LABORATORY, "labId", "choose a laboratory");
        f.done();
        if (!Schemes.using(jdbi).isAuthorised(r.cbId(), r.labId(), r.schemeId())) {
            throw InvalidRequestException.field("labId", "this laboratory is not authorised by this certification body for " + scheme.code());
        }
        StSummary st = stCheck.check(r.st(), fileName);
        if (!st.valid()) {
            List<InvalidRequestException.FieldProblem> problems = st.findings().stream().filter(Finding::isError)
                    .map(x -> new InvalidRequestException.FieldProblem("st" + x.path(), x.code() + ": " + x.message())).toList();
            throw InvalidRequestException.of("the Security Target has " + problems.size() + " error(s); fix them and submit again",
                    problems.isEmpty() ? List.of(new InvalidRequestException.FieldProblem("st", "the Security Target could not be read completely")) : problems);
        }
        List<Finding> composition = new java.util.ArrayList<>(jdbi.withHandle(h -> CompositionCheck.check(h, parts, st.partIds())));
        st.compositionFindings().stream().map(x -> new Finding(x.code(), x.severity(), "/st" + x.path(), x.message(), x.hint()))
                .forEach(composition::add);
        List<InvalidRequestException.FieldProblem> blocking = composition.stream().filter(Finding::isError)
                .filter(x -> x.code().startsWith("COMP-PART-"))
                .map(x -> new InvalidRequestException.FieldProblem("parts" + x.path(), x.message())).toList();
        if (!blocking.isEmpty()) {
            throw InvalidRequestException.of("a part cannot be used", blocking);
        }
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                    insert into evaluation (scheme_id, vendor_id, lab_id, cb_id, state, product, product_version, level, edition,
                      profiles, sfrs, parts, components, st_file_name, st_document, st_findings, composition_findings,
                      certified_configuration, assumptions)
                    values (:scheme, :vendor, :lab, :cb, 'SUBMITTED', :product, :version, :level, :edition, :profiles, :sfrs,
                      :parts, :components, :file, :doc, :stf, :cf, :config, :assumptions)""")
                    .bind("scheme", r.schemeId()).bind("vendor", by.organisationId()).bind("lab", r.labId()).bind("cb", r.cbId())
                    .bind("product", product).bind("version", version).bind("level", st.level()).bind("edition", st.edition())
                    .bind("profiles", st.profiles().toArray(String[]::new)).bind("sfrs", st.sfrs().toArray(String[]::new))
                    .bind("parts", parts.toArray(String[]::new)).bind("components", st.components().toArray(String[]::new))
                    .bind("file", fileName).bind("doc", r.st()).bind("stf", json(st.findings())).bind("cf", json(composition))
                    .bind("config", config).bind("assumptions", assumptions)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AuditLog.append(h, Schemes.actor(by), "evaluation.submit", "evaluation/" + id,
                    product + " " + version + " (" + st.level() + ") to lab organisation/" + r.labId() + ", CB organisation/" + r.cbId());
            return load(h, id);
        });
    }

    /** The evaluations the user may see: their organisation's, or all for the scheme owner. */
    public List<Evaluation> visibleTo(User by) {
        return jdbi.withHandle(h -> {
            String where = switch (by.kind()) {
                case SCHEME_OWNER -> ":org = :org";
                case VENDOR -> "e.vendor_id = :org";
                case LABORATORY -> "e.lab_id = :org";
                case CERTIFICATION_BODY -> "e.cb_id = :org";
            };
            List<Long> ids = h.createQuery("select e.id from evaluation e where " + where + " order by e.id desc limit 500")
                    .bind("org", by.organisationId()).mapTo(Long.class).list();
            return ids.stream().map(id -> load(h, id)).toList();
        });
    }

    /** One evaluation, when the user may see it (otherwise it does not exist for them). */
    public Evaluation get(User by, long id) {
        return jdbi.withHandle(h -> visible(h, by, id));
    }

    /** The submitted ST bytes, for participants. */
    public byte[] securityTarget(User by, long id) {
        return jdbi.withHandle(h -> {
            visible(h, by, id);
            return h.createQuery("select st_document from evaluation where id = :id").bind("id", id).mapTo(byte[].class).one();
        });
    }

    /** The assigned laboratory records (or replaces) the verdict on one work unit while evaluating. */
    public Evaluation recordVerdict(User by, long id, String component, String workUnit, String verdict, String evidence) {
        requireParticipant(by, get(by, id), OrganisationKind.LABORATORY, "record verdicts");
        Fields f = Fields.check();
        String c = f.text("component", component, 40);
        String w = f.text("workUnit", workUnit, 40);
        String v = verdict == null ? "" : verdict.strip().toUpperCase(Locale.ROOT);
        f.require(VERDICTS.contains(v), "verdict", "verdict must be PASS, FAIL or INCONCLUSIVE");
        String e = f.text("evidence", evidence, 4000);
        f.require(c.matches("[A-Z]{3}_[A-Z]{3}\\.\\d+") || c.isEmpty(), "component", "component must look like ASE_INT.1");
        f.done();
        return jdbi.inTransaction(h -> {
            Evaluation ev = lockVisible(h, by, id);
            requireParticipant(by, ev, OrganisationKind.LABORATORY, "record verdicts");
            if (ev.state() != EvaluationState.IN_EVALUATION && ev.state() != EvaluationState.RETURNED) {
                throw IllegalTransitionException.because("verdicts are recorded while the evaluation is in evaluation or returned; it is "
                        + ev.state().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            h.createUpdate("""
                    insert into evaluation_verdict (evaluation_id, component, work_unit, verdict, evidence) values (:id, :c, :w, :v, :e)
                    on conflict (evaluation_id, component, work_unit) do update set verdict = :v, evidence = :e, recorded_at = now()""")
                    .bind("id", id).bind("c", c).bind("w", w).bind("v", v).bind("e", e).execute();
            h.createUpdate("update evaluation set updated_at = now() where id = :id").bind("id", id).execute();
            AuditLog.append(h, Schemes.actor(by), "evaluation.verdict", "evaluation/" + id, c + " " + w + " " + v);
            return load(h, id);
        });
    }

    /**
     * Makes a move of the state machine. {@code text} is the report summary (SUBMIT_REPORT), the reasons (RETURN) or
     * an optional note. Approval issues the signed certificate.
     */
    public Evaluation transition(User by, long id, Transition t, String text) {
        requireParticipant(by, get(by, id), t.actor(), t.label());
        String note = text == null ? "" : text.strip();
        if (note.length() > 8000) {
            throw InvalidRequestException.field("text", "text is longer than 8000 characters");
        }
        if ((t == Transition.RETURN || t == Transition.SUBMIT_REPORT) && note.isEmpty()) {
            throw InvalidRequestException.field("text", t == Transition.RETURN ? "give the reasons for returning the report"
                    : "give the evaluation report summary");
        }
        return jdbi.inTransaction(h -> {
            Evaluation ev = lockVisible(h, by, id);
            requireParticipant(by, ev, t.actor(), t.label());
            EvaluationState next = t.apply(ev.state());
            if (t == Transition.SUBMIT_REPORT && !ev.componentsWithoutVerdict().isEmpty()) {
                throw IllegalTransitionException.because("record verdicts for " + String.join(", ", ev.componentsWithoutVerdict())
                        + " before submitting the report");
            }
            if (t == Transition.SUBMIT_REPORT && ev.verdicts().isEmpty()) {
                throw IllegalTransitionException.because("record at least one verdict before submitting the report");
            }
            if (t == Transition.APPROVE && !ev.overallVerdict().equals("PASS")) {
                throw IllegalTransitionException.because("the report's overall verdict is " + ev.overallVerdict()
                        + "; only a report whose verdicts all pass can be approved; return it with reasons");
            }
            String certificateId = null;
            if (t == Transition.APPROVE) {
                certificateId = issue(h, by, ev).id();
            }
            h.createUpdate("""
                    update evaluation set state = :s, updated_at = now(),
                      report_summary = case when :t = 'SUBMIT_REPORT' then :note else report_summary end,
                      return_reasons = case when :t = 'RETURN' then :note else return_reasons end,
                      certificate_id = coalesce(:cert, certificate_id)
                    where id = :id""")
                    .bind("s", next.name()).bind("t", t.name()).bind("note", note).bind("cert", certificateId).bind("id", id).execute();
            AuditLog.append(h, Schemes.actor(by), "evaluation." + t.name().toLowerCase(Locale.ROOT), "evaluation/" + id,
                    ev.state() + " -> " + next + (note.isEmpty() ? "" : ": " + note) + (certificateId == null ? "" : "; certificate " + certificateId));
            return load(h, id);
        });
    }

    private Certificate issue(Handle h, User by, Evaluation ev) {
        LocalDate today = h.createQuery("select current_date").mapTo(LocalDate.class).one();
        long schemeId = h.createQuery("select scheme_id from evaluation where id = :id").bind("id", ev.id()).mapTo(Long.class).one();
        String reissueOf = h.createQuery("select reissue_of from evaluation where id = :id").bind("id", ev.id()).mapTo(String.class).findOne().orElse(null);
        CertificateDraft d = new CertificateDraft(ev.id(), schemeId, ev.scheme(), ev.vendorId(), ev.labId(), ev.cbId(),
                ev.product(), ev.productVersion(), ev.level(), ev.profiles(), ev.sfrs(), ev.edition(), today,
                today.plusYears(VALIDITY_YEARS).minusDays(1), "ST " + ev.stFileName() + " (evaluation " + ev.id() + ")",
                "Evaluation report of " + ev.laboratory() + " (evaluation " + ev.id() + ")", ev.certifiedConfiguration(),
                ev.assumptions(), ev.parts(), reissueOf);
        return Certificates.issue(h, d, keys, Schemes.actor(by));
    }

    private static void requireParticipant(User by, Evaluation ev, OrganisationKind kind, String what) {
        long expected = switch (kind) {
            case VENDOR -> ev.vendorId();
            case LABORATORY -> ev.labId();
            case CERTIFICATION_BODY -> ev.cbId();
            case SCHEME_OWNER -> -1;
        };
        if (by.kind() != kind || by.organisationId() != expected) {
            throw NotPermittedException.because("only the " + switch (kind) {
                case VENDOR -> "vendor that submitted it";
                case LABORATORY -> "laboratory evaluating it";
                case CERTIFICATION_BODY -> "certification body reviewing it";
                case SCHEME_OWNER -> "scheme owner";
            } + " may " + what + " evaluation " + ev.id());
        }
    }

    private Evaluation lockVisible(Handle h, User by, long id) {
        h.createQuery("select id from evaluation where id = :id for update").bind("id", id).mapTo(Long.class).findOne();
        return visible(h, by, id);
    }

    private Evaluation visible(Handle h, User by, long id) {
        Evaluation ev = h.createQuery("select id from evaluation where id = :id").bind("id", id).mapTo(Long.class).findOne()
                .map(x -> load(h, x)).orElseThrow(() -> UnknownObjectException.of("evaluation " + id));
        boolean sees = switch (by.kind()) {
            case SCHEME_OWNER -> true;
            case VENDOR -> ev.vendorId() == by.organisationId();
            case LABORATORY -> ev.labId() == by.organisationId();
            case CERTIFICATION_BODY -> ev.cbId() == by.organisationId();
        };
        if (!sees) {
            throw UnknownObjectException.of("evaluation " + id);
        }
        return ev;
    }

    private OrganisationKind kindOf(long orgId) {
        return jdbi.withHandle(h -> h.createQuery("select kind from organisation where id = :id").bind("id", orgId)
                .mapTo(String.class).findOne().map(OrganisationKind::valueOf).orElse(null));
    }

    static Evaluation load(Handle h, long id) {
        List<Evaluation.Verdict> verdicts = h.createQuery("""
                select component, work_unit, verdict, evidence from evaluation_verdict where evaluation_id = :id order by component, work_unit""")
                .bind("id", id).map((rs, ctx) -> new Evaluation.Verdict(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        return h.createQuery("""
                select e.*, s.code, v.name vendor, l.name lab, c.name cb from evaluation e join scheme s on s.id = e.scheme_id
                join organisation v on v.id = e.vendor_id join organisation l on l.id = e.lab_id join organisation c on c.id = e.cb_id
                where e.id = :id""").bind("id", id)
                .map((rs, ctx) -> new Evaluation(rs.getLong("id"), rs.getString("code"), rs.getLong("vendor_id"), rs.getString("vendor"),
                        rs.getLong("lab_id"), rs.getString("lab"), rs.getLong("cb_id"), rs.getString("cb"),
                        EvaluationState.valueOf(rs.getString("state")), rs.getString("product"), rs.getString("product_version"),
                        rs.getString("level"), rs.getString("edition"), strings(rs, "profiles"), strings(rs, "sfrs"),
                        strings(rs, "parts"), strings(rs, "components"), rs.getString("st_file_name"),
                        findings(rs.getString("st_findings")), findings(rs.getString("composition_findings")),
                        rs.getString("certified_configuration"), rs.getString("assumptions"), nz(rs.getString("report_summary")),
                        nz(rs.getString("return_reasons")), nz(rs.getString("certificate_id")), verdicts,
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant())).one();
    }

    private static List<String> strings(java.sql.ResultSet rs, String col) throws java.sql.SQLException {
        return Arrays.stream((Object[]) rs.getArray(col).getArray()).map(String::valueOf).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String json(List<Finding> findings) {
        try {
            return JSON.writeValueAsString(findings);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("findings could not be written as JSON", e);
        }
    }

    private static List<Finding> findings(String json) {
        try {
            return JSON.readValue(json, new TypeReference<ArrayList<Finding>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored findings are not JSON", e);
        }
    }
}
