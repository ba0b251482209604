package org.trustbricks.mud.build;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a device maker states about a device, in plain concepts; {@link MudBuilder} turns it into a MUD file.
 * Null optional fields are left out of the file.
 *
 * @param mudUrl             the https URL the file will be published at
 * @param manufacturer       manufacturer name ({@code mfg-name})
 * @param model              model name ({@code model-name})
 * @param systemInfo         one line shown to administrators; defaults to "manufacturer model"
 * @param firmwareRev        firmware revision the file is for, only when the MUD URL changes with the firmware
 * @param softwareRev        software revision, likewise
 * @param documentation      https URL of documentation for administrators
 * @param signatureUrl       URL of the detached signature; defaults to the MUD URL with {@code .p7s}
 * @param cacheValidityHours 1-168; defaults to 48
 * @param supported          false once the manufacturer no longer supports the device; defaults to true
 * @param lastUpdate         when the file is generated; defaults to now
 * @param ipVersions         IPV4 and/or IPV6; defaults to both
 * @param rules              what the device may talk to; everything else is denied
 * @param sboms              software bills of materials by version (RFC 9472)
 * @param vulnerabilityUrls  where vulnerability information is published (RFC 9472)
 */
public record MudSpec(String mudUrl, String manufacturer, String model, String systemInfo, String firmwareRev,
        String softwareRev, String documentation, String signatureUrl, Integer cacheValidityHours, Boolean supported,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = InstantText.class) Instant lastUpdate,
        Set<IpVersion> ipVersions, List<MudRule> rules, List<SbomLink> sboms,
        List<String> vulnerabilityUrls) {

    /** IP version of the generated ACLs. */
    public enum IpVersion { IPV4, IPV6 }

    /**
     * An SBOM location for one software version (RFC 9472 {@code sboms} list).
     *
     * @param version the version it describes
     * @param url     https (or coaps) URL of the SBOM
     */
    public record SbomLink(String version, String url) {
    }

    public MudSpec {
        rules = rules == null ? List.of() : List.copyOf(rules);
        sboms = sboms == null ? List.of() : List.copyOf(sboms);
        vulnerabilityUrls = vulnerabilityUrls == null ? List.of() : List.copyOf(vulnerabilityUrls);
        ipVersions = ipVersions == null || ipVersions.isEmpty() ? Set.of(IpVersion.IPV4, IpVersion.IPV6) : Set.copyOf(ipVersions);
    }

    /** Starts a spec with the three required facts. */
    public static Builder builder(String mudUrl, String manufacturer, String model) {
        return new Builder(mudUrl, manufacturer, model);
    }

    /** Fluent construction of a {@link MudSpec}. */
    public static final class Builder {
        private final String mudUrl;
        private final String manufacturer;
        private final String model;
        private String systemInfo;
        private String firmwareRev;
        private String softwareRev;
        private String documentation;
        private String signatureUrl;
        private Integer cacheValidityHours;
        private Boolean supported;
        private Instant lastUpdate;
        private Set<IpVersion> ipVersions;
        private final List<MudRule> rules = new ArrayList<>();
        private final List<SbomLink> sboms = new ArrayList<>();
        private final List<String> vulnerabilityUrls = new ArrayList<>();

        private Builder(String mudUrl, String manufacturer, String model) {
            this.mudUrl = mudUrl;
            this.manufacturer = manufacturer;
            this.model = model;
        }

        /** Sets the one-line description. */
        public Builder systemInfo(String v) { systemInfo = v; return this; }
        /** Sets the firmware revision. */
        public Builder firmwareRev(String v) { firmwareRev = v; return this; }
        /** Sets the software revision. */
        public Builder softwareRev(String v) { softwareRev = v; return this; }
        /** Sets the documentation URL. */
        public Builder documentation(String v) { documentation = v; return this; }
        /** Sets the signature URL. */
        public Builder signatureUrl(String v) { signatureUrl = v; return this; }
        /** Sets the cache validity in hours. */
        public Builder cacheValidityHours(Integer v) { cacheValidityHours = v; return this; }
        /** Marks the device as supported or not. */
        public Builder supported(boolean v) { supported = v; return this; }
        /** Sets the generation time. */
        public Builder lastUpdate(Instant v) { lastUpdate = v; return this; }
        /** Restricts the IP versions. */
        public Builder ipVersions(Set<IpVersion> v) { ipVersions = v; return this; }
        /** Adds a rule. */
        public Builder rule(MudRule r) { rules.add(r); return this; }
        /** Adds an SBOM link. */
        public Builder sbom(String version, String url) { sboms.add(new SbomLink(version, url)); return this; }
        /** Adds a vulnerability information URL. */
        public Builder vulnerabilityUrl(String url) { vulnerabilityUrls.add(url); return this; }

        /** The spec. */
        public MudSpec build() {
            return new MudSpec(mudUrl, manufacturer, model, systemInfo, firmwareRev, softwareRev, documentation,
                    signatureUrl, cacheValidityHours, supported, lastUpdate, ipVersions, rules, sboms, vulnerabilityUrls);
        }
    }
}
