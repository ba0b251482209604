package org.trustbricks.sesip.catalogue;

/**
 * A level label as written and the SESIP level it stands for.
 *
 * @param asWritten  the label exactly as the document wrote it
 * @param scheme     the labelling scheme it was read in
 * @param level      the normalised level
 * @param provenance how sure the translation is
 */
public record LevelLabel(String asWritten, LabelScheme scheme, AssuranceLevel level, Provenance provenance) {
}
