package org.trustbricks.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trustbricks demo onboarding}: simulates a small site against a running platform over real HTTP. Devices
 * built on certified demo platforms onboard with PSA attestation and signed hosted MUD files; then the CB records a
 * vulnerability against a part they share, and the devices built on it are moved to restricted.
 */
@Command(name = "onboarding", mixinStandardHelpOptions = true,
        description = {"Simulate a small site against a running platform: devices with SoftHSM2-backed attestation keys and",
            "signed MUD files onboard, then a vulnerability is recorded against a part of their platform and the affected",
            "devices are shown moved to restricted with their new nftables rules.",
            "Exit code 0 when the story completes as expected, 1 otherwise."})
public final class OnboardingDemoCommand implements Callable<Integer> {

    static final String DEFAULT_URL = "http://127.0.0.1:8080/";

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL",
            description = "The platform; default: the URL in <data-dir>/url written by `trustbricks serve`, else " + DEFAULT_URL)
    String url;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:TRUSTBRICKS_DATA_DIR:-${sys:user.home}/.local/share/trustbricks}",
            description = "Data directory of the local platform, holding its url and demo-credentials files (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--password-env", paramLabel = "VARIABLE",
            description = "Environment variable holding the demo accounts' password (for a remote platform; default: read "
                    + DemoCredentials.FILE + " in the data directory).")
    String passwordEnv;

    @Option(names = "--email", paramLabel = "LOGIN=EMAIL",
            description = "Email of a demo account when it differs from LOGIN@demo.trustbricks.test (LOGIN: owner, cb, cb2, vendor, lockwise, thermata).")
    Map<String, String> emails = new LinkedHashMap<>();

    @Option(names = "--software", description = "Keep the devices' keys in the in-process software component even when SoftHSM2 is installed.")
    boolean software;

    @Option(names = "--onboard-only",
            description = "Stop once the devices are onboarded, to record the vulnerability yourself in the web UI and watch /onboarding.")
    boolean onboardOnly;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for the affected devices to be re-evaluated (default ${DEFAULT-VALUE}).")
    int waitSeconds;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        try {
            DemoCredentials credentials = credentials();
            try (PlatformClient client = PlatformClient.at(platformUrl())) {
                return new Story(client, new DemoAccounts(client, credentials), out).run() ? ExitCodes.OK : ExitCodes.FAILURE;
            }
        } catch (DemoFailedException e) {
            out.error("trustbricks demo onboarding: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    private String platformUrl() throws DemoFailedException {
        if (url != null && !url.isBlank()) {
            return url;
        }
        Path file = dataDir.resolve("url");
        try {
            if (Files.isRegularFile(file) && Files.size(file) < 4096) {
                String written = Files.readString(file).strip();
                if (written.startsWith("http://") || written.startsWith("https://")) {
                    return written;
                }
            }
        } catch (IOException e) {
            throw DemoFailedException.because("cannot read " + file + ": " + e.getMessage());
        }
        return DEFAULT_URL;
    }

    private DemoCredentials credentials() throws DemoFailedException {
        DemoCredentials base;
        if (passwordEnv != null) {
            String pw = System.getenv(passwordEnv);
            if (pw == null || pw.isEmpty()) {
                throw DemoFailedException.because("the environment variable " + passwordEnv + " (--password-env) is not set");
            }
            base = DemoCredentials.seeded(pw);
        } else {
            try {
                base = DemoCredentials.readFrom(dataDir).orElseThrow(() -> DemoFailedException.because("no demo sign-ins: "
                        + dataDir.resolve(DemoCredentials.FILE) + " is missing (`trustbricks serve` writes it when it seeds the demo"
                        + " scheme); for another platform give --password-env VARIABLE"));
            } catch (IOException e) {
                throw DemoFailedException.because("cannot read " + dataDir.resolve(DemoCredentials.FILE) + ": " + e.getMessage());
            }
        }
        Map<String, String> merged = new LinkedHashMap<>(base.emails());
        merged.putAll(emails);
        return new DemoCredentials(base.password(), merged);
    }

    /** The story, step by step. */
    private final class Story {

        private final PlatformClient client;
        private final DemoAccounts accounts;
        private final Output out;
        private final RegistryStory registry;

        Story(PlatformClient client, DemoAccounts accounts, Output out) {
            this.client = client;
            this.accounts = accounts;
            this.out = out;
            this.registry = new RegistryStory(client, accounts, out);
        }

        boolean run() throws DemoFailedException {
            out.line("TrustBricks onboarding demo against " + client.base());
            PlatformClient.Reply status = client.get("/api/attestation/status", null);
            if (!status.ok()) {
                throw DemoFailedException.because(client.base() + " does not offer the attestation verifier (" + status.status() + ")");
            }
            accounts.owner();
            List<String> products = new ArrayList<>(SiteDevice.SITE.stream().map(SiteDevice::product).distinct().toList());
            products.add(SiteDevice.VULNERABLE_PART);
            Map<String, JsonNode> certs = registry.certificates(products);
            out.line("");
            out.line("1. The registry: every platform must start certified, with no vulnerability under review");
            Set<String> ids = new LinkedHashSet<>();
            certs.values().forEach(c -> ids.add(c.path("id").asText()));
            if (registry.closeOpenReviews(ids) == 0) {
                out.line("  no open reviews");
            } else {
                registry.awaitClosedReviewsNoticed(ids, java.time.Duration.ofSeconds(waitSeconds));
            }
            out.line("");
            out.line("2. Devices onboard: vendor publishes a signed MUD file and provisions the platform endorsement;"
                    + " the device signs a PSA token for a fresh nonce");
            DeviceStory devices = new DeviceStory(client, accounts, software);
            List<DeviceStory.Onboarded> site = new ArrayList<>();
            List<org.trustbricks.cli.tps.DemoDevice> simulated = devices.open(SiteDevice.SITE);
            try {
                for (int i = 0; i < SiteDevice.SITE.size(); i++) {
                    SiteDevice d = SiteDevice.SITE.get(i);
                    site.add(devices.onboard(d, simulated.get(i), certs.get(d.product()).path("id").asText()));
                }
                if (site.getFirst().decision().equals("ADMITTED")) {
                    DeviceStory.Onboarded again = devices.reattest(site.getFirst(), simulated.getFirst(), accounts.owner());
                    out.line("  re-attestation: the administrator asks " + again.name() + " to attest again; it polls for the"
                            + " request, signs its nonce and is decided again: " + again.decision().toLowerCase());
                    site.set(0, again);
                }
            } finally {
                simulated.forEach(org.trustbricks.cli.tps.DemoDevice::close);
            }
            printOnboarded(site, certs);
            List<DeviceStory.Onboarded> notAdmitted = site.stream().filter(d -> !d.decision().equals("ADMITTED")).toList();
            if (!notAdmitted.isEmpty()) {
                notAdmitted.forEach(d -> out.error("not admitted: " + d.name() + ": " + String.join("; ", d.reasons())));
                throw DemoFailedException.because(notAdmitted.size() + " device(s) were not admitted, so the story cannot go on");
            }
            JsonNode part = certs.get(SiteDevice.VULNERABLE_PART);
            out.line("");
            if (onboardOnly) {
                out.line("Onboarded. To go on in the web UI: sign in as " + accounts.owner().email() + " and open " + client.base()
                        + "/onboarding; in another browser sign in as the CB and record a vulnerability on " + client.base()
                        + "/registry/certificates/" + part.path("id").asText() + "; the inventory updates live.");
                return true;
            }
            RegistryStory.Recorded v = registry.recordVulnerability(part);
            out.line("3. " + v.recordedBy() + " records vulnerability " + v.id() + " (HIGH) against " + part.path("product").asText()
                    + " (" + part.path("id").asText() + ")");
            out.line("  it reaches through composition: " + String.join(", ", v.reached()));
            return new Lifecycle(client, accounts.owner(), out).await(site, v.reached(), java.time.Duration.ofSeconds(waitSeconds));
        }

        private void printOnboarded(List<DeviceStory.Onboarded> site, Map<String, JsonNode> certs) {
            Table t = new Table("Device", "Platform certificate", "Product", "Attestation key", "Decision", "Network");
            boolean softwareKeys = false;
            for (DeviceStory.Onboarded d : site) {
                softwareKeys |= d.keys().startsWith("software");
                t.row(d.name(), d.certificate(), certs.get(d.site().product()).path("product").asText(),
                        d.keys().startsWith("software") ? "software (see below)" : "SoftHSM2", d.decision(), d.network());
            }
            out.line("");
            t.lines().forEach(out::line);
            if (softwareKeys) {
                out.line("  NO HARDWARE PROTECTION: " + site.stream().map(DeviceStory.Onboarded::keys)
                        .filter(k -> k.startsWith("software")).findFirst().orElse(""));
            }
            for (DeviceStory.Onboarded d : site) {
                out.line("  " + d.name() + " (MUD " + d.mudUrl() + "):");
                d.reasons().forEach(r -> out.line("    - " + r));
            }
        }
    }
}
