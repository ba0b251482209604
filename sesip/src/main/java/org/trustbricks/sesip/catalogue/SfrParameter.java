package org.trustbricks.sesip.catalogue;

import java.util.List;

/**
 * A field of an SFR that the ST must fill (the {@code <...>} fields of the specification).
 *
 * @param name       stable key used in STs
 * @param label      what the field asks for, in plain words
 * @param kind       assignment, selection or list
 * @param optional   true when the ST may leave it out
 * @param multiple   for a selection: true when more than one choice may be picked
 * @param choices    for a selection: the allowed values
 * @param provenance where the field comes from
 */
public record SfrParameter(String name, String label, ParameterKind kind, boolean optional, boolean multiple,
                           List<String> choices, Provenance provenance) {

    public SfrParameter {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
