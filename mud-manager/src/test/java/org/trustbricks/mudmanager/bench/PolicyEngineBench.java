package org.trustbricks.mudmanager.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.trustbricks.mudmanager.compile.CompiledSite;
import org.trustbricks.mudmanager.compile.SiteCompiler;
import org.trustbricks.mudmanager.policy.Direction;
import org.trustbricks.mudmanager.policy.Initiator;
import org.trustbricks.mudmanager.policy.MudPolicy;
import org.trustbricks.mudmanager.policy.MudPolicyReader;
import org.trustbricks.mudmanager.policy.PolicyEngine;
import org.trustbricks.mudmanager.site.SiteReader;

/**
 * Policy engine decisions per second for 1,000 devices ({@code PolicyEngineBench DEVICES SECONDS}): a pre-generated
 * mix of 1M IPv4 flows (allowed cloud, allowed local, denied) over random devices, decided on one thread.
 */
public final class PolicyEngineBench {

    public static void main(String[] args) throws Exception {
        int devices = Integer.parseInt(args[0]);
        double seconds = Double.parseDouble(args[1]);
        SyntheticSite s = new SyntheticSite(devices);
        List<MudPolicy> policies = new ArrayList<>();
        for (byte[] f : s.mudFiles) {
            policies.add(MudPolicyReader.read(f));
        }
        CompiledSite site = SiteCompiler.compile(SiteReader.read(s.siteYaml), policies, s.resolver, Instant.now());
        PolicyEngine engine = PolicyEngine.of(site);
        int n = 1 << 20;
        int[] dev = new int[n];
        int[] peer = new int[n];
        int[] sport = new int[n];
        int[] dport = new int[n];
        int[] proto = new int[n];
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < n; i++) {
            int d = rnd.nextInt(devices);
            dev[i] = engine.deviceIndex("dev" + d);
            int kind = rnd.nextInt(4);
            proto[i] = kind == 3 ? 17 : 6;
            peer[i] = switch (kind) {
                case 0 -> 45 << 24 | (d % 50) << 16 | rnd.nextInt(4) << 8 | 10;
                case 1 -> 10 << 24 | 3;
                case 2 -> 45 << 24 | 99 << 16 | 1;
                default -> 10 << 24 | 1 << 16 | rnd.nextInt(4) << 8 | 7;
            };
            sport[i] = 40000 + rnd.nextInt(20000);
            dport[i] = switch (kind) {
                case 0, 2 -> 443;
                case 1 -> 9000;
                default -> 5683;
            };
        }
        long allowed = 0;
        long decisions = 0;
        long warmEnd = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (int i = 0; i < n; i++) {
                allowed += engine.decide4(dev[i], Direction.FROM_DEVICE, peer[i], proto[i], sport[i], dport[i],
                        Initiator.DEVICE) >= 0 ? 1 : 0;
            }
        }
        allowed = 0;
        long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            for (int i = 0; i < n; i++) {
                allowed += engine.decide4(dev[i], Direction.FROM_DEVICE, peer[i], proto[i], sport[i], dport[i],
                        Initiator.DEVICE) >= 0 ? 1 : 0;
            }
            decisions += n;
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf("devices=%d rules/device=%d decisions=%d allowed=%.1f%% wall=%.2fs -> %.2f M decisions/s; "
                + "thread CPU=%.2fs -> %.2f M decisions per CPU-second%n", devices, site.devices().get(0).rules().size(),
                decisions, 100.0 * allowed / decisions, wall, decisions / wall / 1e6, cpu, decisions / cpu / 1e6);
        System.out.printf("SUMMARY policy wall_best=%.0f wall_median=%.0f cpu_best=%.0f cpu_median=%.0f%n",
                decisions / wall, decisions / wall, decisions / cpu, decisions / cpu);
    }
}
