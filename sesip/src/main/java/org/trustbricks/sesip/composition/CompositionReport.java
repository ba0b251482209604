package org.trustbricks.sesip.composition;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.trustbricks.common.Finding;

/**
 * What a composite platform is made of, who delivers which SFR, which level it may claim, and what is missing.
 *
 * @param product         platform name and version
 * @param evaluationDate  date the part certificates were checked at
 * @param complete        false when the composition was rejected (a cycle) and nothing below was computed
 * @param defaultLevel    the level the composite may claim by default: the lowest level of its own evaluation and its direct parts
 * @param claimedLevel    the claim as it stands: "SESIP2", or a mixed claim such as "SESIP2 with SESIP3 part(s)"
 * @param parts           every part with its certificate verdict
 * @param attributions    which part (or the platform itself) delivers each SFR claim
 * @param objectives      how each inherited environment objective is handled
 * @param links           part-to-part links: the composite uses its direct parts, parts use their own parts
 * @param findings        composition findings
 */
public record CompositionReport(String product, String evaluationDate, boolean complete, String defaultLevel,
                                String claimedLevel, List<PartSummary> parts, List<Attribution> attributions,
                                List<ObjectiveHandling> objectives, List<Link> links, List<Finding> findings) {

    /** Id used for the platform itself in attributions and links. */
    public static final String PLATFORM = "platform";

    public CompositionReport {
        parts = List.copyOf(parts);
        attributions = List.copyOf(attributions);
        objectives = List.copyOf(objectives);
        links = List.copyOf(links);
        findings = List.copyOf(findings);
    }

    /** True when the composition was computed and has no error finding. */
    @JsonProperty
    public boolean acceptable() {
        return complete && findings.stream().noneMatch(Finding::isError);
    }

    /**
     * A part and its certificate verdict.
     *
     * @param id             part id
     * @param name           part name
     * @param version        version integrated
     * @param certificate    certificate id
     * @param level          normalised certified level (empty when unreadable)
     * @param levelAsWritten level label as on the certificate
     * @param status         certificate status at the evaluation date: active, expired, terminated, suspended, superseded,
     *                       under-vulnerability-review, not-yet-issued
     * @param direct         true for a direct part of the composite, false for a part of a part
     * @param uses           ids of the parts it is built on
     * @param sfrs           SFR ids its certificate covers
     */
    public record PartSummary(String id, String name, String version, String certificate, String level,
                              String levelAsWritten, String status, boolean direct, List<String> uses, List<String> sfrs) {
    }

    /**
     * Who delivers an SFR claim.
     *
     * @param claim           claim key
     * @param sfr             catalogue SFR id (empty when unknown)
     * @param title           SFR title as claimed
     * @param providedBy      part id, or {@value CompositionReport#PLATFORM}
     * @param level           level at which it is delivered
     * @param alsoCertifiedBy other parts whose certificates also cover the SFR
     */
    public record Attribution(String claim, String sfr, String title, String providedBy, String level,
                              List<String> alsoCertifiedBy) {
    }

    /**
     * How one environment objective of a part is handled.
     *
     * @param part        part id
     * @param objective   objective id
     * @param description objective text from the certificate
     * @param handling    covered, passed-on, covered-and-passed-on or unhandled
     * @param coveredBy   SFR claims that cover it
     * @param passedOn    the composite's environment objectives it is passed on to
     */
    public record ObjectiveHandling(String part, String objective, String description, String handling,
                                    List<String> coveredBy, List<String> passedOn) {
    }

    /**
     * A link of the composition graph.
     *
     * @param from the user: a part id or {@value CompositionReport#PLATFORM}
     * @param to   the part used
     */
    public record Link(String from, String to) {
    }
}
