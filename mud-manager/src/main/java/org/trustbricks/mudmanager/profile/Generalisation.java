package org.trustbricks.mudmanager.profile;

/**
 * One application of a profiler rule, for the report.
 *
 * @param rule    rule identifier from docs/mud-manager/profiler-rules.md (R1…R8)
 * @param subject what it applied to (an address, a name, a port)
 * @param detail  what was done
 * @param packets packets concerned
 */
public record Generalisation(String rule, String subject, String detail, long packets) {
}
