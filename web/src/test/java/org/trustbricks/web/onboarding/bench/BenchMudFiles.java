package org.trustbricks.web.onboarding.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.trustbricks.mud.Mud;
import org.trustbricks.mud.build.MudRule;
import org.trustbricks.mud.build.MudSpec;
import org.trustbricks.mud.sign.Pem;
import org.trustbricks.registry.auth.Accounts;
import org.trustbricks.registry.auth.User;
import org.trustbricks.registry.demo.DemoData;
import org.trustbricks.registry.keys.KeyEncryptionKeys;
import org.trustbricks.registry.mud.MudFiles;
import org.trustbricks.registry.mud.MudSigners;
import org.trustbricks.registry.mud.MudVersion;
import org.trustbricks.registry.mud.NewVersion;
import org.trustbricks.registry.mud.SignerRecord;

/**
 * Signed MUD files of a bench manufacturer, published on the platform (served at {@code <base>/mud/...}). Their rules
 * name controllers, the local network and the same manufacturer but no DNS name, so compiling them needs no resolver
 * and the benchmark stays on loopback.
 */
final class BenchMudFiles {

    private BenchMudFiles() {
    }

    /** Publishes {@code count} models and returns their MUD URLs. */
    static List<String> publish(Jdbi jdbi, String base, int count) throws Exception {
        User vendor = user(jdbi, "vendor");
        Mud mud = Mud.create();
        var credentials = mud.newManufacturerCredentials("Bench Devices", Duration.ofDays(365));
        MudFiles files = MudFiles.using(jdbi);
        var manufacturer = files.createManufacturer(vendor, "bench-devices", "Bench Devices");
        MudSigners.using(jdbi, KeyEncryptionKeys.of(jdbi)).store(manufacturer, SignerRecord.Source.GENERATED,
                Pem.certificates(List.of(credentials.signerCertificate())), Pem.certificates(List.of(credentials.caCertificate())),
                Pem.certificates(List.of(credentials.caCertificate())), credentials.signerKeyPair().getPrivate().getEncoded(),
                credentials.caKeyPair().getPrivate().getEncoded(), null, "bench");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String model = "sensor-" + i;
            String url = base + "/mud/bench-devices/" + model + ".json";
            byte[] json = mud.build(MudSpec.builder(url, "Bench Devices", "Sensor " + i)
                    .systemInfo("Bench sensor model " + i).firmwareRev("1." + i).lastUpdate(Instant.now())
                    .rule(new MudRule(MudRule.Target.CONTROLLER, "urn:ietf:params:mud:dns", MudRule.Protocol.UDP, 53,
                            MudRule.Initiator.DEVICE))
                    .rule(MudRule.to(MudRule.Target.LOCAL_NETWORK, MudRule.Protocol.TCP, 8000 + i, MudRule.Initiator.DEVICE))
                    .rule(MudRule.to(MudRule.Target.SAME_MANUFACTURER, MudRule.Protocol.TCP, 9000, MudRule.Initiator.EITHER))
                    .build());
            MudVersion v = files.addVersion(manufacturer, model, new NewVersion(MudVersion.Origin.UPLOAD, json, null, true, "[]", "[]"), "bench");
            files.publish("bench-devices", model, v.version(), json, mud.sign(json, credentials.signingKey()), 48, "bench");
            urls.add(url);
        }
        return urls;
    }

    static User user(Jdbi jdbi, String login) {
        return Accounts.using(jdbi).list().stream().filter(u -> u.email().equals(login + "@" + DemoData.DOMAIN))
                .findFirst().orElseThrow();
    }
}
