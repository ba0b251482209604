package org.trustbricks.sesip;

import java.util.List;
import org.trustbricks.sesip.composition.CompositionReport;
import org.trustbricks.sesip.mapping.CoverageReport;
import org.trustbricks.sesip.validation.ValidationReport;

/**
 * Validation, composition and coverage of one ST, read once.
 *
 * @param validation  the validation report (always present)
 * @param composition the composition; null when the document could not be read completely
 * @param coverage    one report per regulation asked for; empty when the document could not be read completely
 */
public record Assessment(ValidationReport validation, CompositionReport composition, List<CoverageReport> coverage) {

    public Assessment {
        coverage = List.copyOf(coverage);
    }
}
