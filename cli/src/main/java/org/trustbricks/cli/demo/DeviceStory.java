package org.trustbricks.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.trustbricks.attestation.appraisal.Endorsements;
import org.trustbricks.attestation.appraisal.EndorsementsJson;
import org.trustbricks.attestation.sc.SecureComponentException;
import org.trustbricks.attestation.tps.TpsException;
import org.trustbricks.cli.tps.DemoDevice;

/**
 * The device side of the story for one device: its vendor publishes a signed MUD file for the model and provisions the
 * platform's endorsement (linked to its certificate); the device gets a nonce, signs a PSA token in its secure
 * component and onboards over the real API, as a gateway would on its behalf.
 */
final class DeviceStory {

    private final PlatformClient client;
    private final DemoAccounts accounts;
    private final boolean software;

    DeviceStory(PlatformClient client, DemoAccounts accounts, boolean software) {
        this.client = client;
        this.accounts = accounts;
        this.software = software;
    }

    /**
     * A device after onboarding.
     *
     * @param site        the site entry
     * @param name        name in the inventory
     * @param id          inventory id
     * @param certificate platform certificate id
     * @param keys        where its attestation key lives
     * @param mudUrl      its MUD URL
     * @param decision    the decision
     * @param network     the network policy
     * @param reasons     every reason (code: message)
     */
    record Onboarded(SiteDevice site, String name, long id, String certificate, String keys, String mudUrl, String decision,
                     String network, List<String> reasons) {
    }

    /** Opens the site's devices, each on its own SoftHSM2 token when possible (the caller closes them). */
    List<DemoDevice> open(List<SiteDevice> site) throws DemoFailedException {
        try {
            return DemoDevice.openAll(software, site.stream().map(SiteDevice::profile).toList());
        } catch (SecureComponentException e) {
            throw DemoFailedException.because("the simulated devices could not be created: " + e.getMessage());
        }
    }

    /** Runs the story for one device on its platform certificate. */
    Onboarded onboard(SiteDevice site, DemoDevice demo, String certificateId) throws DemoFailedException {
        String mudUrl = publishMud(site);
        try {
            var device = demo.device();
            String keys = demo.fallbackReason() == null ? "SoftHSM2 token " + demo.tokenLabel()
                    : "software component: NO HARDWARE PROTECTION (" + demo.fallbackReason() + ")";
            provision(site, certificateId, EndorsementsJson.write(Endorsements.of("demo-" + site.manufacturerSlug() + "-" + site.model(),
                    List.of(device.endorsement(certificateId)))));
            PlatformClient.Reply challenge = client.send("POST", "/api/attestation/challenges", null, null);
            if (challenge.status() != 201) {
                throw DemoFailedException.because("the verifier refused a challenge (" + challenge.status() + "): " + challenge.detail());
            }
            byte[] token = device.attest(Base64.getDecoder().decode(challenge.body().path("nonce").asText()));
            String instance = HexFormat.of().formatHex(device.identity().instanceId());
            String name = site.name() + " " + instance.substring(2, 6);
            PlatformClient.Reply r = client.send("POST", "/api/onboarding/devices", null, Map.of("name", name, "mac", mac(instance),
                    "address", site.address(), "token", Base64.getEncoder().encodeToString(token), "mudUrl", mudUrl));
            if (!r.ok()) {
                throw DemoFailedException.because("onboarding " + name + " failed (" + r.status() + "): " + r.detail());
            }
            JsonNode body = r.body();
            List<String> reasons = new java.util.ArrayList<>();
            body.path("reasons").forEach(x -> reasons.add(x.path("code").asText() + ": " + x.path("message").asText()));
            body.path("mudFindings").forEach(x -> reasons.add("MUD finding: " + x.asText()));
            return new Onboarded(site, name, body.path("device").path("id").asLong(-1), certificateId, keys, mudUrl,
                    body.path("decision").asText(), body.path("network").asText(), reasons);
        } catch (TpsException e) {
            throw DemoFailedException.because("the simulated " + site.name() + " failed: " + e.getMessage());
        }
    }

    /**
     * The administrator asks an onboarded device to attest again; the device polls with its instance id, signs the
     * request's nonce and answers. Returns the device as decided again.
     */
    Onboarded reattest(Onboarded before, DemoDevice demo, PlatformClient.Session owner) throws DemoFailedException {
        expect(client.send("POST", "/api/onboarding/devices/" + before.id() + "/reattestation", owner, null),
                "asking " + before.name() + " to attest again");
        try {
            var device = demo.device();
            String instance = HexFormat.of().formatHex(device.identity().instanceId());
            PlatformClient.Reply poll = client.get("/api/onboarding/reattestation?instanceId=" + instance, null);
            if (poll.status() != 200) {
                throw DemoFailedException.because(before.name() + " found no re-attestation request (" + poll.status() + ")");
            }
            byte[] token = device.attest(Base64.getDecoder().decode(poll.body().path("nonce").asText()));
            JsonNode body = expect(client.send("POST", poll.body().path("answer").asText(), null,
                    Map.of("token", Base64.getEncoder().encodeToString(token), "address", before.site().address())),
                    before.name() + " answering its re-attestation request");
            List<String> reasons = new java.util.ArrayList<>();
            body.path("reasons").forEach(x -> reasons.add(x.path("code").asText() + ": " + x.path("message").asText()));
            return new Onboarded(before.site(), before.name(), before.id(), before.certificate(), before.keys(), before.mudUrl(),
                    body.path("decision").asText(), body.path("network").asText(), reasons);
        } catch (TpsException e) {
            throw DemoFailedException.because("the simulated " + before.name() + " failed: " + e.getMessage());
        }
    }

    private String publishMud(SiteDevice site) throws DemoFailedException {
        PlatformClient.Session vendor = accounts.as(site.vendor());
        String m = "/api/mud/manufacturers/" + site.manufacturerSlug();
        if (client.get(m, vendor).status() == 404) {
            expect(client.send("POST", "/api/mud/manufacturers", vendor, Map.of("name", site.manufacturer(), "slug", site.manufacturerSlug())),
                    "registering the manufacturer " + site.manufacturer());
        }
        if (client.get(m + "/signer", vendor).status() == 404) {
            expect(client.send("POST", m + "/signer", vendor, Map.of("mode", "generate")), "creating the MUD signer of " + site.manufacturer());
        }
        String model = m + "/models/" + site.model();
        JsonNode built = expect(client.send("POST", model + "/build", vendor, site.mudDescription()), "building the MUD file of " + site.product());
        JsonNode published = expect(client.send("POST", model + "/versions/" + built.path("version").asInt() + "/publish", vendor, null),
                "publishing the MUD file of " + site.product());
        return published.path("mudUrl").asText();
    }

    private void provision(SiteDevice site, String certificateId, byte[] document) throws DemoFailedException {
        expect(client.send("PUT", "/api/attestation/endorsements", accounts.as(site.vendor()), document),
                "provisioning the endorsement of " + site.product() + " (certificate " + certificateId + ")");
    }

    private static JsonNode expect(PlatformClient.Reply r, String what) throws DemoFailedException {
        if (!r.ok()) {
            throw DemoFailedException.because(what + " was refused (" + r.status() + "): " + r.detail());
        }
        return r.body();
    }

    /** A locally administered MAC address derived from the instance id. */
    static String mac(String instanceHex) {
        return "02:" + instanceHex.substring(2, 12).replaceAll("(..)(?!$)", "$1:");
    }
}
