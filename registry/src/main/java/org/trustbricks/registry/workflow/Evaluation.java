package org.trustbricks.registry.workflow;

import java.time.Instant;
import java.util.List;
import org.trustbricks.common.Finding;

/**
 * An evaluation request as its participants see it.
 *
 * @param id                     database id
 * @param scheme                 scheme code
 * @param vendorId               vendor organisation id
 * @param vendor                 its name
 * @param labId                  laboratory organisation id
 * @param laboratory             its name
 * @param cbId                   certification body id
 * @param certificationBody      its name
 * @param state                  current state
 * @param product                product name
 * @param productVersion         version
 * @param level                  level claimed by the ST
 * @param edition                methodology edition
 * @param profiles               profiles claimed
 * @param sfrs                   SFRs claimed
 * @param parts                  registry certificates of the parts (composites)
 * @param components             assurance components needing verdicts
 * @param stFileName             name of the uploaded ST
 * @param stFindings             SESIP engine findings (none are errors)
 * @param compositionFindings    findings about the parts, for the CB's review
 * @param certifiedConfiguration configuration to certify
 * @param assumptions            what users must keep true
 * @param reportSummary          the laboratory's report summary, once submitted
 * @param returnReasons          the CB's reasons, when returned
 * @param certificateId          the certificate issued on approval
 * @param verdicts               verdicts recorded by the laboratory
 * @param createdAt              when submitted
 * @param updatedAt              last change
 */
public record Evaluation(long id, String scheme, long vendorId, String vendor, long labId, String laboratory, long cbId,
                         String certificationBody, EvaluationState state, String product, String productVersion,
                         String level, String edition, List<String> profiles, List<String> sfrs, List<String> parts,
                         List<String> components, String stFileName, List<Finding> stFindings,
                         List<Finding> compositionFindings, String certifiedConfiguration, String assumptions,
                         String reportSummary, String returnReasons, String certificateId, List<Verdict> verdicts,
                         Instant createdAt, Instant updatedAt) {

    /** PASS when every recorded verdict passes and every component has one; FAIL when any fails; else INCONCLUSIVE. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public String overallVerdict() {
        if (verdicts.stream().anyMatch(v -> v.verdict().equals("FAIL"))) {
            return "FAIL";
        }
        boolean covered = components.stream().allMatch(c -> verdicts.stream().anyMatch(v -> v.component().equals(c)));
        return !verdicts.isEmpty() && covered && verdicts.stream().allMatch(v -> v.verdict().equals("PASS")) ? "PASS" : "INCONCLUSIVE";
    }

    /** Components with no verdict yet. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public List<String> componentsWithoutVerdict() {
        return components.stream().filter(c -> verdicts.stream().noneMatch(v -> v.component().equals(c))).toList();
    }

    /**
     * One verdict on one work unit.
     *
     * @param component assurance component, e.g. ASE_INT.1
     * @param workUnit  work unit, e.g. ASE_INT.1-1
     * @param verdict   PASS, FAIL or INCONCLUSIVE
     * @param evidence  evidence notes
     */
    public record Verdict(String component, String workUnit, String verdict, String evidence) {
    }
}
