package org.trustbricks.sesip.st;

import java.util.List;

/**
 * One level of a multi-level claim and the SFR claims it covers.
 *
 * @param level level label as written
 * @param sfrs  ids of the SFR claims covered at this level
 */
public record LevelClaim(String level, @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS) List<String> sfrs) {

    public LevelClaim {
        sfrs = sfrs == null ? List.of() : List.copyOf(sfrs);
    }
}
