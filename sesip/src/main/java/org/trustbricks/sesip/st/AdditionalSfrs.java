package org.trustbricks.sesip.st;

import java.util.List;

/**
 * Non-catalogue SFRs (D.4.3), kept apart from the catalogue ones.
 *
 * @param disclaimer statement that these SFRs are not part of SESIP and other stakeholders may not recognise them
 * @param items      the SFRs
 */
public record AdditionalSfrs(String disclaimer, @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS) List<AdditionalSfr> items) {

    public AdditionalSfrs {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
