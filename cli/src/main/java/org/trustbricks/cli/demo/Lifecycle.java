package org.trustbricks.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustbricks.cli.Output;

/** Waits, bounded, for the platform to re-evaluate the affected devices, then shows what changed. */
final class Lifecycle {

    private final PlatformClient client;
    private final PlatformClient.Session owner;
    private final Output out;

    Lifecycle(PlatformClient client, PlatformClient.Session owner, Output out) {
        this.client = client;
        this.owner = owner;
        this.out = out;
    }

    /** True when every device on a reached certificate is restricted and every other one is still admitted. */
    boolean await(List<DeviceStory.Onboarded> site, Set<String> reached, Duration limit) throws DemoFailedException {
        List<DeviceStory.Onboarded> affected = site.stream().filter(d -> reached.contains(d.certificate())).toList();
        List<DeviceStory.Onboarded> others = site.stream().filter(d -> !reached.contains(d.certificate())).toList();
        out.line("  waiting (at most " + limit.toSeconds() + " s) for the platform to re-evaluate " + affected.size() + " device(s)");
        Instant start = Instant.now();
        Instant deadline = start.plus(limit);
        Map<Long, JsonNode> now = new HashMap<>();
        while (true) {
            for (DeviceStory.Onboarded d : site) {
                now.put(d.id(), inventory(d.id()));
            }
            boolean done = affected.stream().allMatch(d -> decision(now.get(d.id())).equals("RESTRICTED"));
            if (done || Instant.now().isAfter(deadline)) {
                break;
            }
            sleep();
        }
        out.line("");
        out.line("4. Re-evaluated after " + Duration.between(start, Instant.now()).toMillis() / 100 / 10.0 + " s:");
        boolean ok = true;
        for (DeviceStory.Onboarded d : affected) {
            JsonNode entry = now.get(d.id());
            String decision = decision(entry);
            ok &= decision.equals("RESTRICTED");
            JsonNode last = entry.path("history").path(0);
            out.line("  " + d.name() + ": " + d.decision() + " -> " + decision + " (network " + entry.path("device").path("networkPolicy").asText() + ")");
            out.line("    trigger: " + last.path("trigger").asText());
            entry.path("device").path("reasons").forEach(r -> out.line("    - " + r.path("code").asText() + ": " + r.path("message").asText()));
            out.line("    nftables rules now enforced:");
            entry.path("device").path("rules").asText().lines().forEach(l -> out.line("      " + l));
        }
        for (DeviceStory.Onboarded d : others) {
            String decision = decision(now.get(d.id()));
            ok &= decision.equals("ADMITTED");
            out.line("  " + d.name() + ": not built on the vulnerable part, still " + decision);
        }
        if (!ok) {
            out.error("trustbricks demo onboarding: the devices did not end as expected within " + limit.toSeconds()
                    + " s (affected devices RESTRICTED, the others ADMITTED); see the decisions above");
        } else {
            out.line("");
            out.line("The story completed: " + affected.size() + " device(s) restricted, " + others.size()
                    + " unaffected. See them live at " + client.base() + "/onboarding (signed in as " + owner.email() + ").");
        }
        return ok;
    }

    private JsonNode inventory(long id) throws DemoFailedException {
        PlatformClient.Reply r = client.get("/api/onboarding/devices/" + id, owner);
        if (!r.ok()) {
            throw DemoFailedException.because("the inventory did not answer for device " + id + " (" + r.status() + "): " + r.detail());
        }
        return r.body();
    }

    private static String decision(JsonNode entry) {
        return entry.path("device").path("decision").asText();
    }

    private static void sleep() throws DemoFailedException {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DemoFailedException.because("interrupted while waiting for the re-evaluation");
        }
    }
}
