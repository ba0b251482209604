package org.trustbricks.mud.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.trustbricks.mud.Mode;
import org.trustbricks.mud.MudValidator;

/**
 * Main-method benchmark harness for batch validation (see bench/mud/validate-batch.sh).
 * <ul>
 *   <li>{@code generate DIR COUNT SEED}: writes the benchmark files;</li>
 *   <li>{@code validate DIR THREADS VERDICTS [WARMUP_ROUNDS [WARMUP_DIR]]}: validates the files of WARMUP_DIR (default
 *       DIR) WARMUP_ROUNDS times (each pass's process CPU printed: the first includes the JIT compiling the code), then
 *       every file of DIR once (schema verdict, as yanglint gives it), measured; writes "file TAB valid|invalid" lines
 *       and prints the timings.</li>
 * </ul>
 */
public final class BatchValidationBench {

    private BatchValidationBench() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        switch (args[0]) {
            case "generate" -> BenchFiles.write(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
            case "validate" -> validate(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]),
                    args.length > 4 ? Integer.parseInt(args[4]) : 0, Path.of(args.length > 5 ? args[5] : args[1]), start);
            default -> throw new IllegalArgumentException("generate DIR COUNT SEED | validate DIR THREADS VERDICTS [WARMUP [WARMUP_DIR]]");
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static void validate(Path dir, int threads, Path verdicts, int warmup, Path warmupDir, long start) throws Exception {
        List<Path> files = list(dir);
        List<Path> warmupFiles = list(warmupDir);
        MudValidator validator = MudValidator.create();
        validator.validate("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Mode.STRICT);
        long ready = System.nanoTime();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int w = 0; w < warmup; w++) {
            long cw0 = os.getProcessCpuTime();
            long tw0 = System.nanoTime();
            run(validator, warmupFiles, threads);
            System.out.printf("warmup_pass=%d wall_ms=%.0f cpu_ms=%.0f files_per_cpu_s=%.0f%n", w + 1, (System.nanoTime() - tw0) / 1e6,
                    (os.getProcessCpuTime() - cw0) / 1e6, warmupFiles.size() / ((os.getProcessCpuTime() - cw0) / 1e9));
        }
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        boolean[] valid = run(validator, files, threads);
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(verdicts))) {
            for (int i = 0; i < files.size(); i++) {
                out.println(files.get(i).getFileName() + "\t" + (valid[i] ? "valid" : "invalid"));
            }
        }
        int n = files.size();
        int ok = 0;
        for (boolean v : valid) {
            ok += v ? 1 : 0;
        }
        System.out.printf("files=%d valid=%d threads=%d schema_ready_ms=%.0f batch_wall_ms=%.0f batch_cpu_ms=%.0f "
                + "files_per_wall_s=%.0f files_per_cpu_s=%.0f%n", n, ok, threads, (ready - start) / 1e6, (t1 - t0) / 1e6,
                (c1 - c0) / 1e6, n / ((t1 - t0) / 1e9), n / ((c1 - c0) / 1e9));
    }

    private static boolean[] run(MudValidator validator, List<Path> files, int threads) throws Exception {
        boolean[] valid = new boolean[files.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int chunk = (files.size() + threads - 1) / threads;
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = t * chunk;
                int to = Math.min(files.size(), from + chunk);
                futures.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        try {
                            valid[i] = validator.validate(Files.readAllBytes(files.get(i)), Mode.STRICT).schemaValid();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return valid;
    }
}
