package org.trustbricks.sesip.navigator;

import java.util.List;
import org.trustbricks.sesip.catalogue.Confidence;
import org.trustbricks.sesip.st.SecurityTarget;

/**
 * What the navigator suggests for a set of target markets.
 *
 * @param markets        the markets chosen
 * @param regulations    the regulations that apply
 * @param level          suggested SESIP level (the highest of the markets' suggestions)
 * @param levelRationale why
 * @param sfrs           SFRs that address the regulations, with the requirements behind each
 * @param closestProfile the known profile closest to that SFR set, or null when none fits
 * @param starter        a starter Security Target to fill in
 * @param starterYaml    the same as YAML, with {@code <...>} marking every value still to write
 */
public record Guidance(List<Market> markets, List<String> regulations, String level, String levelRationale,
                       List<Recommendation> sfrs, ProfileMatch closestProfile, SecurityTarget starter, String starterYaml) {

    public Guidance {
        markets = List.copyOf(markets);
        regulations = List.copyOf(regulations);
        sfrs = List.copyOf(sfrs);
    }

    /**
     * A recommended SFR.
     *
     * @param sfr        SFR id
     * @param title      SFR title
     * @param reasons    requirements it addresses ("en303645 5.3-1") or why it is needed ("mandatory in every ST")
     * @param confidence confidence of the strongest link behind it
     * @param inferred   true when every link behind it is TrustBricks' inference
     */
    public record Recommendation(String sfr, String title, List<String> reasons, Confidence confidence, boolean inferred) {
    }

    /**
     * The closest profile.
     *
     * @param id      profile id
     * @param name    profile name
     * @param level   profile level (empty when unknown)
     * @param overlap share of the union of both SFR sets that they have in common (0..1)
     * @param missing profile SFRs not in the recommendation
     * @param extra   recommended SFRs the profile does not require
     */
    public record ProfileMatch(String id, String name, String level, double overlap, List<String> missing, List<String> extra) {
    }
}
