package org.trustbricks.registry.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustbricks.registry.access.InvalidRequestException;
import org.trustbricks.registry.access.NotPermittedException;
import org.trustbricks.registry.access.UnknownObjectException;
import org.trustbricks.registry.audit.AuditLog;
import org.trustbricks.registry.cert.CertificateStatus;
import org.trustbricks.registry.cert.Certificates;
import org.trustbricks.registry.keys.SignedCertificateVerifier;
import org.trustbricks.registry.testing.Scenario;

class WorkflowTest {

    Scenario s;
    Evaluations ev;

    @BeforeEach
    void start() {
        s = Scenario.fresh();
        ev = s.evaluations();
    }

    @AfterEach
    void close() {
        s.close();
    }

    Evaluation submit(List<String> parts) {
        return ev.submit(s.vendor, new SubmitRequest(s.scheme.id(), s.cb.organisationId(), s.lab.organisationId(), "Widget",
                "1.0", "st.yaml", Scenario.st(), parts, "default settings", "keep the admin password secret"));
    }

    Evaluation evaluatedAndReported(List<String> parts) {
        Evaluation e = submit(parts);
        ev.transition(s.lab, e.id(), Transition.ACCEPT, "");
        for (String c : e.components()) {
            ev.recordVerdict(s.lab, e.id(), c, c + "-1", "PASS", "checked");
        }
        return ev.transition(s.lab, e.id(), Transition.SUBMIT_REPORT, "All work units pass.");
    }

    @Test
    void a_request_goes_from_submission_to_a_signed_certificate() {
        Evaluation e = submit(List.of());
        assertThat(e.state()).isEqualTo(EvaluationState.SUBMITTED);
        assertThat(e.level()).isEqualTo("SESIP2");
        assertThat(e.components()).contains("ASE_INT.1", "ALC_FLR.2");
        Evaluation reported = evaluatedAndReported(List.of());
        assertThat(reported.overallVerdict()).isEqualTo("PASS");
        Evaluation approved = ev.transition(s.cb, reported.id(), Transition.APPROVE, "");
        assertThat(approved.state()).isEqualTo(EvaluationState.APPROVED);
        assertThat(approved.certificateId()).matches("SESIP-\\d{7}-01");
        var cert = Certificates.using(s.db.jdbi()).find(approved.certificateId()).orElseThrow();
        assertThat(cert.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(cert.sfrs()).contains("Verification of Platform Identity");
        String jws = Certificates.using(s.db.jdbi()).signedDocument(cert.id()).orElseThrow();
        var cbCert = org.trustbricks.registry.keys.Pem.certificate(s.keys.published().get(0).certificatePem());
        assertThat(SignedCertificateVerifier.verify(jws.getBytes(), cbCert).valid()).isTrue();
    }

    @Test
    void every_transition_is_audited() {
        Evaluation e = evaluatedAndReported(List.of());
        ev.transition(s.cb, e.id(), Transition.RETURN, "Evidence for ALC_FLR.2 is thin.");
        var actions = AuditLog.using(s.db.jdbi()).about("evaluation/" + e.id()).stream().map(x -> x.action()).toList();
        assertThat(actions).containsSubsequence("evaluation.submit", "evaluation.accept", "evaluation.verdict",
                "evaluation.submit_report", "evaluation.return");
        assertThat(AuditLog.using(s.db.jdbi()).verify().intact()).isTrue();
    }

    @Test
    void an_illegal_transition_is_refused_with_the_reason() {
        Evaluation e = submit(List.of());
        assertThatThrownBy(() -> ev.transition(s.cb, e.id(), Transition.APPROVE, ""))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("submitted").hasMessageContaining("report submitted");
    }

    @Test
    void a_report_missing_component_verdicts_cannot_be_submitted() {
        Evaluation e = submit(List.of());
        ev.transition(s.lab, e.id(), Transition.ACCEPT, "");
        ev.recordVerdict(s.lab, e.id(), "ASE_INT.1", "ASE_INT.1-1", "PASS", "ok");
        assertThatThrownBy(() -> ev.transition(s.lab, e.id(), Transition.SUBMIT_REPORT, "done"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("ALC_FLR.2");
    }

    @Test
    void a_failing_report_cannot_be_approved_but_can_be_returned() {
        Evaluation e = submit(List.of());
        ev.transition(s.lab, e.id(), Transition.ACCEPT, "");
        for (String c : e.components()) {
            ev.recordVerdict(s.lab, e.id(), c, c + "-1", c.equals("AVA_VAN.2") || c.equals("ALC_FLR.2") ? "FAIL" : "PASS", "n");
        }
        ev.transition(s.lab, e.id(), Transition.SUBMIT_REPORT, "fails");
        assertThatThrownBy(() -> ev.transition(s.cb, e.id(), Transition.APPROVE, "")).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("FAIL");
        assertThat(ev.transition(s.cb, e.id(), Transition.RETURN, "fix it").returnReasons()).isEqualTo("fix it");
    }

    @Test
    void an_st_with_errors_blocks_submission_with_its_findings() {
        byte[] bad = Scenario.VALID_ST.replace("Verification of Platform Identity", "Reliable Index").getBytes();
        assertThatThrownBy(() -> ev.submit(s.vendor, new SubmitRequest(s.scheme.id(), s.cb.organisationId(), s.lab.organisationId(),
                "Widget", "1.0", "st.yaml", bad, List.of(), "c", "a")))
                .isInstanceOfSatisfying(InvalidRequestException.class, x ->
                        assertThat(x.problems()).anySatisfy(p -> assertThat(p.field()).startsWith("st/")));
    }

    @Test
    void a_lab_not_authorised_by_the_cb_cannot_be_picked() {
        assertThatThrownBy(() -> ev.submit(s.vendor, new SubmitRequest(s.scheme.id(), s.cb.organisationId(), s.otherLab.organisationId(),
                "Widget", "1.0", "st.yaml", Scenario.st(), List.of(), "c", "a")))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.problems()).extracting(p -> p.field()).containsExactly("labId"));
    }

    @Test
    void another_vendor_does_not_see_the_request_and_another_lab_cannot_act_on_it() {
        Evaluation e = submit(List.of());
        assertThatThrownBy(() -> ev.get(s.otherVendor, e.id())).isInstanceOf(UnknownObjectException.class);
        assertThat(ev.visibleTo(s.otherVendor)).isEmpty();
        assertThatThrownBy(() -> ev.transition(s.otherLab, e.id(), Transition.ACCEPT, "")).isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> ev.transition(s.vendor, e.id(), Transition.ACCEPT, "")).isInstanceOf(NotPermittedException.class);
        assertThat(ev.get(s.owner, e.id()).id()).isEqualTo(e.id());
    }

    @Test
    void a_composite_names_registry_certificates_and_an_unknown_part_blocks_it() {
        String part = s.issue("MCU", List.of());
        Evaluation e = evaluatedAndReported(List.of(part));
        Evaluation approved = ev.transition(s.cb, e.id(), Transition.APPROVE, "");
        assertThat(Certificates.using(s.db.jdbi()).find(approved.certificateId()).orElseThrow().parts()).containsExactly(part);
        assertThatThrownBy(() -> submit(List.of("SESIP-9900001-01")))
                .isInstanceOfSatisfying(InvalidRequestException.class, x -> assertThat(x.getMessage()).contains("part"));
    }

    @Test
    void a_part_under_vulnerability_review_is_a_finding_for_the_cb() {
        String part = s.issue("MCU", List.of());
        org.trustbricks.registry.vuln.Vulnerabilities.using(s.db.jdbi(), s.keys).record(s.cb, part, "", "HIGH", List.of(), "bug");
        Evaluation e = submit(List.of(part));
        assertThat(e.compositionFindings()).anySatisfy(f -> assertThat(f.code()).isEqualTo("COMP-PART-UNDER-REVIEW"));
    }
}
