package org.trustbricks.mudmanager.bench;

import org.trustbricks.mudmanager.CompileOutput;
import org.trustbricks.mudmanager.MudManager;
import org.trustbricks.mudmanager.RenderFormat;

/**
 * Compiling N MUD files for a site of N devices ({@code CompileBench DEVICES RUNS}): parse every file, bind the
 * abstractions and names, render nftables. Reports each run; the first includes JIT warm-up.
 */
public final class CompileBench {

    public static void main(String[] args) {
        int devices = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        SyntheticSite s = new SyntheticSite(devices);
        java.util.List<Double> walls = new java.util.ArrayList<>();
        java.util.List<Double> cpus = new java.util.ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            CompileOutput out = MudManager.compile(s.mudFiles, s.siteYaml, s.resolver, RenderFormat.NFT);
            double ms = (System.nanoTime() - t0) / 1e6;
            double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e6;
            System.out.printf("run %d: %d MUD files -> %d devices, %d rules, %d bytes of nftables in %.1f ms wall, "
                    + "%.1f ms thread CPU (ok=%s)%n", r + 1, s.mudFiles.size(), out.devices(), out.rules().size(),
                    out.ruleset().length(), ms, cpu, out.ok());
            if (r > 0 || runs == 1) {
                walls.add(ms);
                cpus.add(cpu);
            }
        }
        walls.sort(Double::compare);
        cpus.sort(Double::compare);
        System.out.printf("SUMMARY compile wall_best=%.1f wall_median=%.1f cpu_best=%.1f cpu_median=%.1f%n",
                walls.get(0), walls.get(walls.size() / 2), cpus.get(0), cpus.get(cpus.size() / 2));
    }
}
