package org.trustbricks.registry.mud;

/**
 * What is needed to store a version.
 *
 * @param origin       how it was made
 * @param content      the exact bytes
 * @param spec         builder input JSON, or null
 * @param valid        the strict verdict
 * @param findingsJson the findings as a JSON array
 * @param changesJson  repair changes as a JSON array
 */
public record NewVersion(MudVersion.Origin origin, byte[] content, String spec, boolean valid, String findingsJson,
                         String changesJson) {
}
