package org.trustbricks.mudmanager.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.capture.CaptureReader;
import org.trustbricks.mudmanager.capture.CaptureReport;
import org.trustbricks.mudmanager.learn.MudUrlBinding;
import org.trustbricks.mudmanager.learn.MudUrls;

/** Derives a MUD file for one device from packet captures. */
public final class Profiler {

    private Profiler() {
    }

    /**
     * Reads the captures in order and writes a MUD file that allows every flow the device had (unless a configured
     * rule left it out, which the report says), then re-checks that with the policy engine.
     *
     * @throws IOException only when a capture file cannot be opened or read
     */
    public static ProfileResult profile(List<Path> captures, DeviceSelector device, ProfilerOptions options,
            ProgressListener progress) throws IOException {
        long total = 0;
        for (Path p : captures) {
            total += Files.size(p);
        }
        ProfileSink.ProgressTicker ticker = new ProfileSink.ProgressTicker(progress, total);
        ProfileSink sink = new ProfileSink(device, options, ticker);
        List<CaptureReport> reports = new ArrayList<>();
        for (Path p : captures) {
            CaptureReport r = CaptureReader.read(p, sink);
            reports.add(r);
            ticker.base += Files.size(p);
            progress.progress(ticker.base, total, sink.packets, sink.flows.size());
        }
        List<Finding> findings = new ArrayList<>();
        String url = mudUrl(options, sink, device, findings);
        Generaliser g = new Generaliser(options, sink.dns);
        g.run(sink.flows);
        ObjectNode mud = MudWriter.write(url, options.deviceName(), "MUD file derived by TrustBricks from "
                + captures.size() + " capture(s) of device " + device.describe(), options.cacheValidity(),
                options.lastUpdate() == null ? Instant.now() : options.lastUpdate(), List.copyOf(g.aces.keySet()));
        List<FlowReport> flows = ProfileCheck.check(mud, url, sink, g, options, findings);
        boolean allAllowed = flows.stream().filter(FlowReport::included)
                .allMatch(f -> (f.packetsFromDevice() == 0 || f.fromDeviceAce() != null)
                        && (f.packetsToDevice() == 0 || f.toDeviceAce() != null));
        notes(sink, findings);
        return new ProfileResult(mud, url, reports, sink.packets, sink.devicePackets, flows, g.report, allAllowed,
                findings);
    }

    private static String mudUrl(ProfilerOptions options, ProfileSink sink, DeviceSelector device, List<Finding> out) {
        if (options.mudUrl() != null) {
            return options.mudUrl();
        }
        for (MudUrlBinding b : sink.announced) {
            if (MudUrls.check(b.mudUrl(), "/").isEmpty()) {
                out.add(Finding.info("PROFILE-MUD-URL-ANNOUNCED", "/ietf-mud:mud/mud-url", "Used the MUD URL the "
                        + "device announced by " + b.source() + ": " + b.mudUrl(), ""));
                return b.mudUrl();
            }
        }
        String standIn = "https://mud.example.invalid/" + device.describe().replace(':', '-') + ".json";
        out.add(Finding.warning("PROFILE-MUD-URL-STAND-IN", "/ietf-mud:mud/mud-url", "No MUD URL was given or "
                + "announced; the file uses the stand-in URL " + standIn + ".",
                "Set the URL where the manufacturer will publish the file (--mud-url)."));
        return standIn;
    }

    private static void notes(ProfileSink sink, List<Finding> findings) {
        if (sink.devicePackets == 0) {
            findings.add(Finding.error("PROFILE-DEVICE-NOT-SEEN", "/", "No packet of the selected device is in the "
                    + "captures.", "Check the MAC or address (the corpus gives it in _iotdevice-mac.txt)."));
        }
        if (!sink.layer2.isEmpty()) {
            findings.add(Finding.info("PROFILE-LAYER2-NOT-REPRESENTED", "/", "Non-IP frames of the device are not "
                    + "expressed in the MUD file (RFC 8520 ACLs here are IP): " + sink.layer2, ""));
        }
        if (sink.untrackedPackets > 0) {
            findings.add(Finding.error("PROFILE-FLOW-LIMIT", "/", sink.untrackedPackets + " packets belong to flows "
                    + "beyond the limit of tracked flows and are not covered by the MUD file.", "Raise maxFlows."));
        }
        if (sink.connectionResets() > 0) {
            findings.add(Finding.warning("PROFILE-CONNECTION-TABLE-RESET", "/", "The connection table was reset "
                    + sink.connectionResets() + " times; directions of connections open across a reset were inferred "
                    + "again.", "Raise maxConnections."));
        }
        if (sink.laterFragments > 0) {
            findings.add(Finding.info("PROFILE-FRAGMENTS", "/", sink.laterFragments + " non-first IP fragments carry "
                    + "no ports; they follow the flow of their first fragment.", ""));
        }
        if (sink.malformedDns > 0 || sink.dns.dropped > 0) {
            findings.add(Finding.warning("PROFILE-DNS-SKIPPED", "/", sink.malformedDns + " malformed DNS/DHCP messages "
                    + "and " + sink.dns.dropped + " answers beyond the name-table bound were skipped.", ""));
        }
    }
}
