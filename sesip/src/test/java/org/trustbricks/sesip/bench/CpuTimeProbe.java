package org.trustbricks.sesip.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.trustbricks.sesip.Sesip;
import org.trustbricks.sesip.mapping.Regulation;

/**
 * Companion to {@link SesipBenchmark} for a shared machine and for bench/sesip/run.sh: measures per operation the
 * CPU time the measuring thread uses (ThreadMXBean, which does not count time spent waiting for a core), the CPU time
 * of the whole process (for the parallel batch) and the wall time, then prints each figure's ratio to its target and
 * to the Jackson-tree reference measured in the same run.
 * Run: java -cp ... org.trustbricks.sesip.bench.CpuTimeProbe [examples dir] [rounds]
 */
public final class CpuTimeProbe {

    private static final double PRODUCT_TARGET_MS = 5;
    private static final double BATCH_TARGET_MS = 2000;

    private interface Op {
        Object run() throws Exception;
    }

    /** One measurement: per-operation thread CPU, process CPU and wall time, in milliseconds. */
    private record Figures(double threadCpu, double processCpu, double wall) {
    }

    private CpuTimeProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path examples = Path.of(args.length > 0 ? args[0] : "../examples/sesip");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        byte[] product = BenchData.productJson(50, 500);
        List<byte[]> batch = BenchData.batch(10_000, examples.resolve("psa-l3-mcu.yaml"));
        ObjectMapper json = new ObjectMapper();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Set<Regulation> all = Set.of(Regulation.values());
        Set<Regulation> en = Set.of(Regulation.EN303645);
        System.out.printf("cores available: %d; load average at start: %.2f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Figures p = measure(1500, 100 * rounds, () -> Sesip.assess(product, "p.json", all));
        Figures pRef = measure(1500, 100 * rounds, () -> json.readTree(product));
        Figures b = measure(2, rounds, () -> {
            for (byte[] st : batch) {
                Sesip.assess(st, "st.yaml", en);
            }
            return null;
        });
        Figures bPar = measure(2, rounds, () -> Sesip.assessAll(batch, en));
        Figures bRef = measure(2, rounds, () -> {
            for (byte[] st : batch) {
                yaml.readTree(st);
            }
            return null;
        });

        System.out.println();
        System.out.printf("%-66s %12s %12s %12s %9s %12s%n", "measurement (per operation)", "thread CPU", "process CPU", "wall",
                "target", "vs ref (wall)");
        row("product 50 parts/500 SFRs: validate+compose+coverage(4)", p, PRODUCT_TARGET_MS, pRef, "ms");
        row("product reference: Jackson readTree of the same JSON bytes", pRef, Double.NaN, null, "ms");
        row("batch 10,000 YAML STs: validate+coverage, one thread", b, BATCH_TARGET_MS, bRef, "ms");
        row("batch 10,000 YAML STs: validate+coverage, Sesip.assessAll", bPar, BATCH_TARGET_MS, bRef, "ms");
        row("batch reference: Jackson YAML readTree of the same documents", bRef, Double.NaN, null, "ms");
        System.out.printf("%nratio to target (wall): product %.2f (target < 5 ms), batch assessAll %.2f (target < 2 s); "
                        + "below 1.00 meets the target%n", p.wall() / PRODUCT_TARGET_MS, bPar.wall() / BATCH_TARGET_MS);
        System.out.printf("ratio to target (thread CPU): product %.2f, batch one thread %.2f%n",
                p.threadCpu() / PRODUCT_TARGET_MS, b.threadCpu() / BATCH_TARGET_MS);
        System.out.printf("parallel speed-up of assessAll over one thread (wall): %.2f%n", b.wall() / bPar.wall());
        System.out.printf("load average at end: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void row(String name, Figures f, double target, Figures ref, String unit) {
        System.out.printf("%-66s %9.2f %s %9.2f %s %9.2f %s %9s %12s%n", name, f.threadCpu(), unit, f.processCpu(), unit, f.wall(), unit,
                Double.isNaN(target) ? "-" : "< " + (target >= 1000 ? (int) (target / 1000) + " s" : (int) target + " ms"),
                ref == null ? "-" : String.format("%.2fx", f.wall() / ref.wall()));
    }

    private static Figures measure(int warmup, int runs, Op op) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < warmup; i++) {
            op.run();
        }
        System.gc();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long proc0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            op.run();
        }
        long wall = System.nanoTime() - wall0;
        return new Figures((mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / runs, (os.getProcessCpuTime() - proc0) / 1e6 / runs,
                wall / 1e6 / runs);
    }
}
