package org.trustbricks.mudmanager.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.trustbricks.mudmanager.profile.DeviceSelector;
import org.trustbricks.mudmanager.profile.ProfileResult;
import org.trustbricks.mudmanager.profile.Profiler;
import org.trustbricks.mudmanager.profile.ProfilerOptions;
import org.trustbricks.mudmanager.profile.ProgressListener;

/**
 * Profiler throughput: {@code ProfilerBench MAC RUNS CAPTURE-OR-DIRECTORY}. Each run profiles every capture once, on
 * the calling thread; the first run is reported separately (cold JIT), then best and median of the rest.
 */
public final class ProfilerBench {

    public static void main(String[] args) throws Exception {
        String mac = args[0];
        int runs = Integer.parseInt(args[1]);
        Path input = Path.of(args[2]);
        List<Path> captures = new ArrayList<>();
        if (Files.isDirectory(input)) {
            try (Stream<Path> s = Files.list(input)) {
                s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted()
                        .forEach(captures::add);
            }
        } else {
            captures.add(input);
        }
        long bytes = 0;
        for (Path p : captures) {
            bytes += Files.size(p);
        }
        List<Double> rates = new ArrayList<>();
        List<Double> cpuRates = new ArrayList<>();
        ProfileResult last = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            last = Profiler.profile(captures, DeviceSelector.byMac(mac), ProfilerOptions.defaults(), ProgressListener.NONE);
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e9;
            double rate = last.packets() / s;
            System.out.printf("run %d: %d packets in %.3f s wall = %.0f packets/s (%.0f MB/s); %.3f s thread CPU = %.0f "
                    + "packets per CPU-second%n", r + 1, last.packets(), s, rate, bytes / s / 1e6, cpu, last.packets() / cpu);
            if (r > 0 || runs == 1) {
                rates.add(rate);
                cpuRates.add(last.packets() / cpu);
            }
        }
        rates.sort(Double::compare);
        cpuRates.sort(Double::compare);
        System.out.printf("captures=%d bytes=%d packets=%d devicePackets=%d flows=%d allFlowsAllowed=%s%n",
                captures.size(), bytes, last.packets(), last.devicePackets(), last.flows().size(), last.allFlowsAllowed());
        if (!rates.isEmpty()) {
            System.out.printf("warm: best %.0f packets/s, median %.0f packets/s%n", rates.get(rates.size() - 1),
                    rates.get(rates.size() / 2));
            System.out.printf("SUMMARY profiler wall_best=%.0f wall_median=%.0f cpu_best=%.0f cpu_median=%.0f%n",
                    rates.get(rates.size() - 1), rates.get(rates.size() / 2), cpuRates.get(cpuRates.size() - 1),
                    cpuRates.get(cpuRates.size() / 2));
        }
        System.gc();
        System.out.printf("heap after run: %d MB used, max heap %d MB%n",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
