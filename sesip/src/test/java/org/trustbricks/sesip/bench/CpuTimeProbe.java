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
 * Companion to {@link SesipBenchmark} for a shared, overloaded machine: measures the CPU time the benchmark thread
 * itself uses per operation (ThreadMXBean), which does not count time spent waiting for a core. Single-threaded.
 * Run: java -cp ... org.trustbricks.sesip.bench.CpuTimeProbe [examples dir]
 */
public final class CpuTimeProbe {

    private interface Op {
        Object run() throws Exception;
    }

    private CpuTimeProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path examples = Path.of(args.length > 0 ? args[0] : "../examples/sesip");
        byte[] product = BenchData.productJson(50, 500);
        List<byte[]> batch = BenchData.batch(10_000, examples.resolve("psa-l3-mcu.yaml"));
        ObjectMapper json = new ObjectMapper();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Set<Regulation> all = Set.of(Regulation.values());
        report("product: validate + compose + coverage (4 regulations), from bytes", 300, 200,
                () -> Sesip.assess(product, "p.json", all));
        report("product: reference, Jackson readTree of the same bytes", 300, 200, () -> json.readTree(product));
        report("batch: 10,000 STs validate + coverage (EN 303 645), from YAML bytes", 2, 3, () -> {
            for (byte[] st : batch) {
                Sesip.assess(st, "st.yaml", Set.of(Regulation.EN303645));
            }
            return null;
        });
        report("batch: reference, Jackson YAML readTree of the same 10,000 documents", 2, 3, () -> {
            for (byte[] st : batch) {
                yaml.readTree(st);
            }
            return null;
        });
    }

    private static void report(String name, int warmup, int runs, Op op) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup; i++) {
            op.run();
        }
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            op.run();
        }
        double cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / runs;
        double wallMs = (System.nanoTime() - wall0) / 1e6 / runs;
        System.out.printf("%-75s cpu %9.2f ms/op   wall %9.2f ms/op%n", name, cpuMs, wallMs);
    }
}
