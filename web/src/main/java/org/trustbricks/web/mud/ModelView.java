package org.trustbricks.web.mud;

import java.time.Instant;
import java.util.List;
import org.trustbricks.mud.sign.VerificationResult;

/**
 * A device model with its MUD URL and, for readers allowed to see them, its versions.
 *
 * @param manufacturer      the manufacturer's URL segment
 * @param model             the model's URL segment
 * @param mudUrl            the stable MUD URL
 * @param signatureUrl      where the signature is served
 * @param latestVersion     newest version number
 * @param publishedVersion  the version served (0 when none)
 * @param publishedAt       when it was published, or null
 * @param signature         verification of the served signature against the manufacturer's trust anchor, or null
 * @param versions          the versions, newest first (empty for readers who may see only what is published)
 */
public record ModelView(String manufacturer, String model, String mudUrl, String signatureUrl, int latestVersion,
                        int publishedVersion, Instant publishedAt, VerificationResult signature, List<VersionView> versions) {
}
