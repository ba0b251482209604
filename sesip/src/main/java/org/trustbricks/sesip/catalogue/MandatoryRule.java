package org.trustbricks.sesip.catalogue;

/**
 * An SFR every ST must claim, unless a justification under an assurance component is given.
 *
 * @param sfr            SFR id
 * @param justifiedUnder assurance component under which its absence may be justified; null when never
 * @param provenance     where the rule comes from
 */
public record MandatoryRule(String sfr, String justifiedUnder, Provenance provenance) {
}
