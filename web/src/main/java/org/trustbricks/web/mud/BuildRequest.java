package org.trustbricks.web.mud;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.trustbricks.mud.build.MudRule;
import org.trustbricks.mud.build.MudSpec;

/**
 * The builder's input over the API and the web form: what a device maker states about one device model. The MUD URL,
 * signature URL and manufacturer name come from the service.
 *
 * @param model              the model name ({@code model-name}); defaults to the model's URL segment
 * @param systemInfo         one line for administrators
 * @param firmwareRev        firmware revision, when the MUD URL changes with the firmware
 * @param softwareRev        software revision, likewise
 * @param documentation      https URL of documentation
 * @param cacheValidityHours 1-168 (default 48): how long managers may cache the file, and the hosting max-age
 * @param supported          false for end-of-support devices
 * @param ipVersions         IPV4 and/or IPV6 (default both)
 * @param rules              whom the device may talk to; everything else is denied
 * @param sboms              SBOM links by version (RFC 9472)
 * @param vulnerabilityUrls  vulnerability information links (RFC 9472)
 */
public record BuildRequest(String model, String systemInfo, String firmwareRev, String softwareRev, String documentation,
                           Integer cacheValidityHours, Boolean supported, Set<MudSpec.IpVersion> ipVersions,
                           List<MudRule> rules, List<MudSpec.SbomLink> sboms, List<String> vulnerabilityUrls) {

    public BuildRequest {
        rules = rules == null ? List.of() : List.copyOf(rules);
        sboms = sboms == null ? List.of() : List.copyOf(sboms);
        vulnerabilityUrls = vulnerabilityUrls == null ? List.of() : List.copyOf(vulnerabilityUrls);
        ipVersions = ipVersions == null ? Set.of() : Set.copyOf(ipVersions);
    }

    /** The library's spec for a file published at {@code mudUrl}. */
    MudSpec toSpec(String mudUrl, String manufacturer, String modelSlug, Instant now) {
        return new MudSpec(mudUrl, manufacturer, model == null || model.isBlank() ? modelSlug : model, systemInfo,
                firmwareRev, softwareRev, documentation, null, cacheValidityHours, supported, now, ipVersions, rules,
                sboms, vulnerabilityUrls);
    }
}
