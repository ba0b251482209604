package org.trustbricks.cli.mud;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.trustbricks.cli.ExitCodes;
import org.trustbricks.cli.Output;
import org.trustbricks.common.Finding;
import org.trustbricks.mudmanager.MudManager;
import org.trustbricks.mudmanager.capture.CaptureReport;
import org.trustbricks.mudmanager.net.Prefix;
import org.trustbricks.mudmanager.profile.Generalisation;
import org.trustbricks.mudmanager.profile.ProfileResult;
import org.trustbricks.mudmanager.profile.ProfilerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trustbricks mud profile CAPTURE… --device MAC}: derives a MUD file from packet captures. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Derive an RFC 8520 MUD file for one device from pcap/pcapng captures, using the documented "
                + "rules of docs/mud-manager/profiler-rules.md; every generalisation is reported.")
public final class MudProfileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CAPTURE", description = "pcap or pcapng files, read in order.")
    List<Path> captures;

    @Option(names = "--device", required = true, paramLabel = "MAC-OR-IP",
            description = "The device to profile, by MAC (preferred) or IP address.")
    String device;

    @Option(names = "--mud-url", paramLabel = "URL",
            description = "MUD URL to write (default: the one the device announced, else a stand-in URL).")
    String mudUrl;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "device",
            description = "Device name used in ACL names (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the MUD file here instead of standard output.")
    Path out;

    @Option(names = "--local-networks", paramLabel = "PREFIX", split = ",",
            description = "Prefixes treated as local (default: RFC 1918, link-local and unique-local ranges).")
    List<String> localNetworks = new ArrayList<>();

    @Option(names = "--widen-at", paramLabel = "N", defaultValue = "0",
            description = "Rule R6: allow any address once N unnamed public addresses share a service (0: never).")
    int widenAt;

    @Option(names = "--min-packets", paramLabel = "N", defaultValue = "1",
            description = "Rule R7: leave out flows with fewer packets (default: ${DEFAULT-VALUE}, keeps all).")
    int minPackets;

    @Option(names = "--no-progress", description = "Do not draw the progress bar.")
    boolean noProgress;

    @Option(names = "--json", description = "Print the whole result (MUD file, flows, generalisations, findings).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Output output = Output.of(spec);
        ProfilerOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            output.error(e.getMessage());
            return ExitCodes.USAGE;
        }
        long total = 0;
        for (Path p : captures) {
            if (!Files.isRegularFile(p)) {
                output.error(p + ": no such capture file");
                return ExitCodes.FAILURE;
            }
            total += Files.size(p);
        }
        ProfileResult r;
        if (noProgress || json) {
            r = MudManager.profile(captures, device, options, (d, t, n) -> { });
        } else {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Profiling").setInitialMax(Math.max(1, total))
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20).setUpdateIntervalMillis(200)
                    .setConsumer(new DelegatingProgressBarConsumer(line -> spec.commandLine().getErr().print("\r" + line)))
                    .build()) {
                r = MudManager.profile(captures, device, options, (done, all, packets) -> bar.stepTo(done));
            }
            spec.commandLine().getErr().println();
        }
        String mud = Output.mapper().writeValueAsString(r.mud());
        if (json) {
            output.json(r);
        } else {
            if (out != null) {
                Files.writeString(out, mud);
                output.line("wrote " + out);
            } else {
                output.line(mud);
            }
            summary(output, r);
        }
        boolean error = r.findings().stream().anyMatch(Finding::isError)
                || r.captures().stream().flatMap(c -> c.findings().stream()).anyMatch(Finding::isError);
        return error ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private ProfilerOptions options() {
        ProfilerOptions o = ProfilerOptions.defaults().withMudUrl(mudUrl).withDeviceName(name)
                .withWidenLiteralAt(widenAt).withMinPackets(minPackets);
        if (!localNetworks.isEmpty()) {
            List<Prefix> local = localNetworks.stream().map(Prefix::parse).toList();
            o = new ProfilerOptions(o.mudUrl(), o.deviceName(), local, o.localAsAbstraction(), o.dnsNtpAsController(),
                    o.nameFromDns(), o.widenLiteralAt(), o.minPackets(), o.keepClientPortBelow(), o.maxFlows(),
                    o.maxConnections(), o.cacheValidity(), o.lastUpdate());
        }
        return o;
    }

    private static void summary(Output output, ProfileResult r) {
        for (CaptureReport c : r.captures()) {
            MudCliText.findingsToErr(output, c.source(), c.findings());
        }
        output.error(r.packets() + " packets read, " + r.devicePackets() + " of the device, " + r.flows().size()
                + " flows; every flow allowed by the generated file: " + r.allFlowsAllowed());
        for (Generalisation g : r.generalisations()) {
            if (!g.rule().equals("R2") && !g.rule().equals("R1")) {
                output.error("  " + g.rule() + " " + g.subject() + ": " + g.detail());
            }
        }
        long named = r.generalisations().stream().filter(g -> g.rule().equals("R2")).count();
        output.error("  R2: " + named + " flows named from the device's DNS answers");
        MudCliText.findingsToErr(output, "profile", r.findings());
    }
}
