package org.trustbricks.sesip.mapping;

import java.util.List;
import org.trustbricks.sesip.catalogue.Confidence;

/**
 * How far an ST (or composite) addresses a regulation's requirements.
 *
 * @param regulation    the regulation and where its mapping comes from
 * @param product       platform name and version
 * @param covered       number of requirements covered
 * @param partial       number partially covered
 * @param notCovered    number not covered
 * @param requirements  one row per requirement
 */
public record CoverageReport(RegulationMapping.Info regulation, String product, int covered, int partial, int notCovered,
                             List<Row> requirements) {

    public CoverageReport {
        requirements = List.copyOf(requirements);
    }

    /**
     * One requirement's coverage.
     *
     * @param id         requirement id
     * @param title      requirement title
     * @param status     covered, partial or not-covered
     * @param confidence lowest confidence of the mapping links it rests on
     * @param inferred   true when it rests on TrustBricks' inference, not on a source; shown as "inferred"
     * @param matches    claimed SFRs that address it, with the part that delivers each
     * @param missing    what would still be needed, one entry per unmet group ("one of: ...")
     * @param assurance  assurance components of the claimed package that address it
     * @param note       remarks from the mapping
     */
    public record Row(String id, String title, String status, Confidence confidence, boolean inferred, List<Match> matches,
                      List<String> missing, List<String> assurance, String note) {
    }

    /**
     * A claimed SFR that addresses a requirement.
     *
     * @param claim      claim key
     * @param sfr        SFR id
     * @param title      SFR title
     * @param providedBy part id, or "platform"
     * @param confidence confidence of this link
     */
    public record Match(String claim, String sfr, String title, String providedBy, Confidence confidence) {
    }
}
