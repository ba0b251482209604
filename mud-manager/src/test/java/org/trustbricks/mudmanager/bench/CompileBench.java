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
        for (int r = 0; r < runs; r++) {
            long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            CompileOutput out = MudManager.compile(s.mudFiles, s.siteYaml, s.resolver, RenderFormat.NFT);
            double ms = (System.nanoTime() - t0) / 1e6;
            double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e6;
            System.out.printf("run %d: %d MUD files -> %d devices, %d rules, %d bytes of nftables in %.1f ms wall, "
                    + "%.1f ms thread CPU (ok=%s)%n", r + 1, s.mudFiles.size(), out.devices(), out.rules().size(),
                    out.ruleset().length(), ms, cpu, out.ok());
        }
    }
}
