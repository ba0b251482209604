package org.trustbricks.mud.repair;

/**
 * One change made by the legacy repair, or one construct it refused to change.
 *
 * @param path        JSON pointer into the original document
 * @param description what was changed (from → to), or why it cannot be changed mechanically
 */
public record RepairChange(String path, String description) {
}
