package org.trustbricks.cli.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import org.trustbricks.attestation.psa.PsaProfile;
import org.trustbricks.attestation.psa.SoftwareComponent;
import org.trustbricks.attestation.services.DeviceProfile;

/**
 * One device of the simulated site: the certified product it is (its platform certificate in the demo registry), the
 * vendor account that publishes its MUD file and provisions its endorsements, and where it sits on the site network.
 *
 * @param name         name for the inventory (a short suffix from the instance id is added)
 * @param product      the product name of its platform certificate in the demo scheme
 * @param vendor       the demo sign-in of the vendor that makes it
 * @param manufacturer the manufacturer name written into its MUD file
 * @param model        the model's URL segment under the manufacturer
 * @param address      its IPv4 address on the site
 * @param rules        what its MUD file lets it reach (the MUD builder's rules)
 */
record SiteDevice(String name, String product, String vendor, String manufacturer, String model, String address,
                  List<Map<String, Object>> rules) {

    /** The microcontroller the vulnerability is recorded against: a certified part of most of the site's devices. */
    static final String VULNERABLE_PART = "AS33 Secure Microcontroller (PSA Certified Level 3 RoT)";

    /** The site: three devices built on the AS33 through composition, one on another microcontroller. */
    static final List<SiteDevice> SITE = List.of(
            new SiteDevice("Front door lock", "Lockwise L2 Smart Door Lock", "lockwise", "Lockwise", "l2-smart-door-lock",
                    "192.168.1.21", List.of(cloud("api.lockwise.example"), cloud("updates.lockwise.example"))),
            new SiteDevice("Hall thermostat", "Thermata T5 Smart Thermostat", "thermata", "Thermata Home", "t5-smart-thermostat",
                    "192.168.1.22", List.of(cloud("cloud.thermata.example"), controller("urn:ietf:params:mud:ntp", "UDP", 123))),
            new SiteDevice("Lock bridge", "Lockwise Bridge B1 (Wi-Fi to Bluetooth hub)", "lockwise", "Lockwise", "bridge-b1",
                    "192.168.1.23", List.of(cloud("api.lockwise.example"), cloud("updates.lockwise.example"))),
            new SiteDevice("Leak sensor", "AS11 Low-Power Microcontroller", "vendor", "Acme Silicon", "as11-leak-sensor",
                    "192.168.1.24", List.of(cloud("telemetry.acme-silicon.example"))));

    /** The manufacturer's URL segment. */
    String manufacturerSlug() {
        return manufacturer.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The PSA implementation id of this product's platform (one per device model). */
    byte[] implementationId() {
        return sha256("TrustBricks demo platform " + manufacturerSlug() + "/" + model);
    }

    /** What the device's attestation service reports: its implementation id, lifecycle and measured firmware. */
    DeviceProfile profile() {
        String fw = "2.3.1";
        return new DeviceProfile(PsaProfile.RFC_9783, implementationId(), 0x3000, "1234567890123-12345", null, List.of(
                new SoftwareComponent("BL", sha256(model + " bootloader " + fw), fw, sha256(manufacturer + " signing key"), "sha-256"),
                new SoftwareComponent("PRoT", sha256(model + " psa-rot " + fw), fw, sha256(manufacturer + " signing key"), "sha-256"),
                new SoftwareComponent("App", sha256(model + " application " + fw), fw, sha256(manufacturer + " signing key"), "sha-256")));
    }

    /** The MUD builder's description of the model. */
    Map<String, Object> mudDescription() {
        return Map.of("model", product, "systemInfo", product + " (TrustBricks onboarding demo)",
                "documentation", "https://" + manufacturerSlug() + ".example/" + model, "cacheValidityHours", 48,
                "supported", true, "rules", rules);
    }

    private static Map<String, Object> cloud(String host) {
        return Map.of("target", "CLOUD", "value", host, "protocol", "TCP", "port", 443, "initiator", "DEVICE");
    }

    private static Map<String, Object> controller(String uri, String protocol, int port) {
        return Map.of("target", "CONTROLLER", "value", uri, "protocol", protocol, "port", port, "initiator", "DEVICE");
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
